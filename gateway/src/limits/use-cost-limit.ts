import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@eco/kit';
import { GraphQLError, Kind, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../auth/gateway-context';
import type { CostBudgets, ThrottleStatus } from './cost-budget';
import { actualCost, requestedCost } from './query-cost';
import { operationRefusal } from '../http/use-operation-resolution';
import { limitError } from './use-query-shape-limits';

export interface CostLimitOptions {
  maxCost: number;
  budgets: CostBudgets;
  apiSchema: () => GraphQLSchema | null;
}

/** Whose budget an operation draws on: the signed-in user, else the caller's address. */
export function callerOf(context: GatewayContext): string {
  return context.viewer.clientId ? `client:${context.viewer.clientId}` : context.viewer.userId ? `user:${context.viewer.userId}` : `address:${context.clientAddress ?? 'unknown'}`;
}

/**
 * Prices every operation before it runs: over `maxCost` it is refused (COST_LIMIT_EXCEEDED,
 * HTTP 400); past the caller's budget it is throttled (THROTTLED, HTTP 429 with Retry-After).
 * Each response reports `extensions.cost { requested, actual, throttle }`. Deliveries of live
 * subscription events are not charged: the subscriber asked once, when subscribing.
 */
export function useCostLimit(options: CostLimitOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.liveSubscription) return;
      let requested = 0;
      let granted: ThrottleStatus | null = null;
      const caller = callerOf(contextValue);
      return {
        async didResolveOperation({ document, request, operation, operationName }) {
          const schema = options.apiSchema();
          // An operation that will be refused as sent costs nothing.
          if (!schema || operationRefusal(schema, operation, request)) return;
          requested = requestedCost(schema, document, request.variables, operationName ?? undefined);
          if (requested > options.maxCost) {
            throw limitError(`Operation cost ${requested} exceeds the limit of ${options.maxCost}: ask for smaller pages or fewer fields.`, { name: 'cost', maximum: options.maxCost });
          }
          const decision = await options.budgets.take(caller, requested);
          if (!decision.granted) {
            throw new GraphQLError(`Cost budget spent: ${requested} requested, ${decision.throttle.currentlyAvailable} available; retry in ${decision.retryAfterSeconds} s.`, {
              extensions: {
                code: ErrorCode.THROTTLED,
                cost: { requested, actual: 0, throttle: decision.throttle },
                http: { status: 429, headers: new Map([['retry-after', String(decision.retryAfterSeconds)]]) },
              },
            });
          }
          granted = decision.throttle;
        },
        async willSendResponse({ response, operation }) {
          if (!granted || response.body.kind !== 'single') return;
          const mutationFields = operation?.operation === 'mutation' ? operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD).length : 0;
          const actual = Math.min(requested, actualCost(response.body.singleResult.data, mutationFields));
          const throttle = await options.budgets.giveBack(caller, requested - actual).catch(() => granted as ThrottleStatus);
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: { requested, actual, throttle } };
        },
      };
    },
  };
}
