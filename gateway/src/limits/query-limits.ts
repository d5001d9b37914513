/**
 * How big and how expensive one operation may be, and how much each caller may spend. Every
 * limit has a default that the portal's own clients never reach, and an environment variable.
 */
export interface QueryLimits {
  /** Nesting of selection sets (fragments spread in place). */
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens of the document: checked before it is parsed. */
  maxTokens: number;
  maxDirectives: number;
  /** Computed cost of one operation (see query-cost.ts). */
  maxCost: number;
}

/**
 * One caller's bucket of cost points: it holds at most `maximumAvailable` and refills
 * continuously, from empty to full in `windowSeconds` (so at maximumAvailable / windowSeconds
 * points a second, reported as `restoreRate`).
 */
export interface BucketSize {
  maximumAvailable: number;
  windowSeconds: number;
}

/** The cost budgets by kind of caller (see cost-budget.ts for who draws on which). */
export interface CostBudget {
  /** People, anonymous addresses and API clients' LIVE keys: each has a bucket of this size. */
  standard: BucketSize;
  /** API clients' TEST (sandbox) keys: a bucket of their own, smaller by default. */
  testKeys: BucketSize;
}

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5_000,
  maxDirectives: 50,
  maxCost: 5_000,
};

export const DEFAULT_COST_BUDGET: Readonly<CostBudget> = {
  standard: { maximumAvailable: 20_000, windowSeconds: 60 },
  testKeys: { maximumAvailable: 2_000, windowSeconds: 60 },
};

/** Unless set, a TEST key's bucket is this share of the standard one (COST_BUDGET_POINTS). */
export const TEST_KEY_SHARE = 10;

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive whole number, got "${value}"`);
  return parsed;
}

export function queryLimitsFromEnv(env: NodeJS.ProcessEnv): QueryLimits {
  return {
    maxDepth: positiveInt(env.QUERY_MAX_DEPTH, DEFAULT_QUERY_LIMITS.maxDepth, 'QUERY_MAX_DEPTH'),
    maxAliases: positiveInt(env.QUERY_MAX_ALIASES, DEFAULT_QUERY_LIMITS.maxAliases, 'QUERY_MAX_ALIASES'),
    maxTokens: positiveInt(env.QUERY_MAX_TOKENS, DEFAULT_QUERY_LIMITS.maxTokens, 'QUERY_MAX_TOKENS'),
    maxDirectives: positiveInt(env.QUERY_MAX_DIRECTIVES, DEFAULT_QUERY_LIMITS.maxDirectives, 'QUERY_MAX_DIRECTIVES'),
    maxCost: positiveInt(env.QUERY_MAX_COST, DEFAULT_QUERY_LIMITS.maxCost, 'QUERY_MAX_COST'),
  };
}

export function costBudgetFromEnv(env: NodeJS.ProcessEnv): CostBudget {
  const standard = {
    maximumAvailable: positiveInt(env.COST_BUDGET_POINTS, DEFAULT_COST_BUDGET.standard.maximumAvailable, 'COST_BUDGET_POINTS'),
    windowSeconds: positiveInt(env.COST_BUDGET_WINDOW_SECONDS, DEFAULT_COST_BUDGET.standard.windowSeconds, 'COST_BUDGET_WINDOW_SECONDS'),
  };
  return {
    standard,
    testKeys: {
      maximumAvailable: positiveInt(env.COST_BUDGET_TEST_POINTS, Math.max(1, Math.floor(standard.maximumAvailable / TEST_KEY_SHARE)), 'COST_BUDGET_TEST_POINTS'),
      windowSeconds: positiveInt(env.COST_BUDGET_TEST_WINDOW_SECONDS, standard.windowSeconds, 'COST_BUDGET_TEST_WINDOW_SECONDS'),
    },
  };
}
