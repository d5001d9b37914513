import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { ApiKeyType, ErrorCode } from '@eco/kit';
import { Kind, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../auth/gateway-context';
import type { BudgetLevel, Caller, CostBudgets } from './cost-budget';
import { actualCost, requestedCost } from './query-cost';
import { operationRefusal } from '../http/use-operation-resolution';
import { limitError } from './use-query-shape-limits';

export interface CostLimitOptions {
  maxCost: number;
  budgets: CostBudgets;
  apiSchema: () => GraphQLSchema | null;
}

/**
 * Whose budget an operation draws on: an API client's own (TEST keys a separate, smaller kind),
 * else the signed-in person's, else the caller's address.
 */
export function callerOf(context: Pick<GatewayContext, 'viewer' | 'clientAddress'>): Caller {
  const { viewer } = context;
  if (viewer.clientId) return viewer.keyType === ApiKeyType.TEST ? { key: `test-client:${viewer.clientId}`, kind: 'testKeys' } : { key: `client:${viewer.clientId}`, kind: 'standard' };
  return { key: viewer.userId ? `user:${viewer.userId}` : `address:${context.clientAddress ?? 'unknown'}`, kind: 'standard' };
}

/**
 * The IETF draft's RateLimit fields (draft-ietf-httpapi-ratelimit-headers), from the same level as
 * `extensions.cost.throttle`; RateLimit-Policy says the budget's size and the seconds it takes to refill.
 */
export function rateLimitHeaders(level: BudgetLevel): [string, string][] {
  return [
    ['ratelimit-policy', `${level.throttle.maximumAvailable};w=${level.windowSeconds}`],
    ['ratelimit-limit', String(level.throttle.maximumAvailable)],
    ['ratelimit-remaining', String(level.throttle.currentlyAvailable)],
    ['ratelimit-reset', String(level.secondsToFull)],
  ];
}

/**
 * Prices every operation before it runs: over `maxCost` (or over the caller's whole budget) it is
 * refused (COST_LIMIT_EXCEEDED, HTTP 400); past what the caller's budget holds now it is throttled
 * (THROTTLED, HTTP 429 with an honest Retry-After). The budget is charged only once every other
 * check has passed and the operation is about to run, and gets back what the answer did not use,
 * so a refused document costs nothing. Every answer carries RateLimit-Limit/-Remaining/-Reset;
 * a charged or throttled one also `extensions.cost { requested, actual, throttle }`. Deliveries of
 * live subscription events are not charged: the subscriber asked once, when subscribing.
 */
export function useCostLimit(options: CostLimitOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.liveSubscription) return;
      const caller = callerOf(contextValue);
      const warn = (error: unknown) => contextValue.logger.warn({ err: error }, 'cost budget store unavailable: operation not counted');
      let requested: number | null = null;
      let charged = false;
      let throttled = false;
      let level: BudgetLevel | null = null;
      return {
        async didResolveOperation({ document, request, operation, operationName }) {
          const schema = options.apiSchema();
          // An operation that will be refused as sent costs nothing.
          if (!schema || operationRefusal(schema, operation, request)) return;
          const cost = requestedCost(schema, document, request.variables, operationName ?? undefined);
          const maximum = Math.min(options.maxCost, options.budgets.capacityOf(caller));
          if (cost > maximum) {
            throw limitError(`Operation cost ${cost} exceeds the limit of ${maximum}: ask for smaller pages or fewer fields.`, { name: 'cost', maximum });
          }
          requested = cost;
        },
        // Runs only after every plugin's checks passed (didResolveOperation hooks run side by side).
        async responseForOperation(): Promise<GraphQLResponse | null> {
          if (requested === null) return null;
          const decision = await options.budgets.take(caller, requested).catch(warn);
          if (!decision) return null;
          level = decision;
          if (decision.granted) {
            charged = true;
            return null;
          }
          throttled = true;
          const message = `Cost budget spent: ${requested} requested, ${decision.throttle.currentlyAvailable} available; retry in ${decision.retryAfterSeconds} s.`;
          const cost = { requested, actual: 0, throttle: decision.throttle };
          return {
            http: { status: 429, headers: new HeaderMap([['retry-after', String(decision.retryAfterSeconds)]]) },
            body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code: ErrorCode.THROTTLED, cost } }] } },
          };
        },
        async willSendResponse({ response, operation }) {
          let actual = 0;
          if (charged && requested !== null && response.body.kind === 'single') {
            const mutationFields = operation?.operation === 'mutation' ? operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).length : 0;
            actual = Math.min(requested, actualCost(response.body.singleResult.data, mutationFields));
            level = (await options.budgets.giveBack(caller, requested - actual).catch(warn)) ?? level;
          } else if (!level) {
            level = (await options.budgets.giveBack(caller, 0).catch(warn)) ?? null;
          }
          if (!level) return;
          for (const [name, value] of rateLimitHeaders(level)) response.http.headers.set(name, value);
          if ((charged || throttled) && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: { requested, actual, throttle: level.throttle } };
          }
        },
      };
    },
  };
}
