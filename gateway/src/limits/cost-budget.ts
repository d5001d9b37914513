import type { BucketSize, CostBudget } from './query-limits';
import { RedisTokenBuckets } from './redis-token-buckets';
import { MemoryTokenBuckets, secondsUntil, type BucketShape, type TokenBuckets } from './token-bucket';

/** What `extensions.cost.throttle` reports to the caller after each operation. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  /** Points per second the budget is restored at, continuously, up to maximumAvailable. */
  restoreRate: number;
}

/** A caller's budget as one answer reports it: `extensions.cost.throttle` and the RateLimit-* headers. */
export interface BudgetLevel {
  throttle: ThrottleStatus;
  /** Seconds until the budget is full again (RateLimit-Reset). */
  secondsToFull: number;
  /** Seconds an empty budget takes to fill (the window of RateLimit-Policy). */
  windowSeconds: number;
}

export type BudgetDecision = ({ granted: true } | { granted: false; retryAfterSeconds: number }) & BudgetLevel;

/** Whose bucket an operation draws on, and which size it has. */
export interface Caller {
  key: string;
  kind: keyof CostBudget;
}

const shapeOf = (size: BucketSize): BucketShape => ({ capacity: size.maximumAvailable, perSecond: size.maximumAvailable / size.windowSeconds });

/**
 * Each caller's cost budget, a token bucket that refills continuously: in Redis when REDIS_URL is
 * set, so every gateway replica draws on the same budget, otherwise in this process. An operation
 * takes its requested cost up front (all of it or nothing); once it has run, the part it did not
 * use is given back. A refused take changes nothing, and its Retry-After is the time until the
 * bucket holds the requested cost again.
 */
export class CostBudgets {
  private readonly buckets: TokenBuckets;
  private readonly shapes: Record<Caller['kind'], BucketShape>;

  constructor(budget: CostBudget, options: { redisUrl: string | null; keyPrefix: string } | { buckets: TokenBuckets }) {
    this.shapes = { standard: shapeOf(budget.standard), testKeys: shapeOf(budget.testKeys) };
    this.buckets = 'buckets' in options ? options.buckets : options.redisUrl ? new RedisTokenBuckets(options.redisUrl, `${options.keyPrefix}:cost-bucket`) : new MemoryTokenBuckets();
  }

  /** The most one operation of this caller can ever be granted. */
  capacityOf(caller: Caller): number {
    return this.shapes[caller.kind].capacity;
  }

  private level(shape: BucketShape, tokens: number): BudgetLevel {
    return {
      throttle: {
        maximumAvailable: shape.capacity,
        currentlyAvailable: Math.max(0, Math.floor(tokens)),
        restoreRate: Math.round(shape.perSecond * 100) / 100,
      },
      secondsToFull: secondsUntil(shape, tokens, shape.capacity),
      windowSeconds: Math.round(shape.capacity / shape.perSecond),
    };
  }

  async take(caller: Caller, points: number): Promise<BudgetDecision> {
    const shape = this.shapes[caller.kind];
    const { granted, tokens } = await this.buckets.change(caller.key, shape, points);
    if (granted) return { granted: true, ...this.level(shape, tokens) };
    return { granted: false, retryAfterSeconds: Math.max(1, secondsUntil(shape, tokens, points)), ...this.level(shape, tokens) };
  }

  /** Gives back what an operation did not use (0 only looks): never past the budget's size. */
  async giveBack(caller: Caller, points: number): Promise<BudgetLevel> {
    const shape = this.shapes[caller.kind];
    const { tokens } = await this.buckets.change(caller.key, shape, -Math.max(0, points));
    return this.level(shape, tokens);
  }

  async close(): Promise<void> {
    await this.buckets.close();
  }
}
