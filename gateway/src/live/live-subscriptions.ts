import type { ApolloServer } from '@apollo/server';
import { localeFromAcceptLanguage, sealEvent, type FeedEvent, type Logger, type TokenVerifier, type Viewer } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from '../auth/gateway-context';
import { contractRefusals } from '../public-api/contract-gate';
import type { LiveEvents } from './live-events';
import { planLiveSubscription, type LiveSubscriptionPlan } from './subscription-plan';
import { pushIterator } from './push-iterator';

/** WebSocket close codes the clients can act on (4400–4499: the graphql-ws application range). */
export const CLOSE_UNAUTHENTICATED = 4401;

interface Session {
  viewer: Viewer;
  close(code: number, reason: string): void;
  authorization: string;
  acceptLanguage: string | undefined;
}
type ConnectionExtra = { session?: Session; socket: { close(code: number, reason: string): void } };

export interface LiveSubscriptionOptions {
  httpServer: Server;
  path: string;
  apollo: ApolloServer<GatewayContext>;
  apiSchema: () => GraphQLSchema;
  verifier: TokenVerifier;
  /** The public contract: an API client's subscription is checked against it, not the private graph. */
  publicSchema: GraphQLSchema | null;
  live: LiveEvents;
  logger: Logger;
  /** The gateway's query-shape limits, applied when a subscription starts too. */
  validationRules?: ValidationRule[];
  /** Each event's query gets this long, like any operation. */
  executionTimeoutMs: number;
  /** The internal event token: events handed to subgraphs are sealed with it. */
  eventKey: string;
}

/**
 * graphql-ws on the gateway's own /graphql: Apollo Gateway does not execute subscriptions, so
 * each one becomes a stream of ordinary queries, one per matching event (see subscription-plan).
 */
export function attachLiveSubscriptions(options: LiveSubscriptionOptions): { stop(): Promise<void> } {
  const documents = new PreparedDocuments([...specifiedRules, ...(options.validationRules ?? [])]);
  const webSocketServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const server = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema: () => options.apiSchema(),
      onConnect: (ctx) => authenticate(ctx, options.verifier),
      onSubscribe: (ctx, _id, payload) => {
        const refusals = refuseOutsideContract(ctx.extra.session, payload.query, options);
        if (refusals) return refusals;
        // Parsed and validated once per text: thousands of subscribers of the same query share it.
        const schema = options.apiSchema();
        const document = documents.prepared(schema, payload.query);
        if (!('kind' in document)) return document;
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      execute: () => ({ errors: [new GraphQLError('Send queries and mutations over HTTP; WebSocket serves subscriptions')] }),
      subscribe: (args) => subscribe(args, options),
      context: (ctx) => ({ session: ctx.extra.session }),
    },
    webSocketServer,
  );
  return {
    async stop() {
      await server.dispose();
      await new Promise<void>((resolve) => webSocketServer.close(() => resolve()));
    },
  };
}

const PREPARED_DOCUMENTS_MAX = 1_000;

/** Subscription texts parsed and validated against the current schema, the most recent kept. */
class PreparedDocuments {
  private schema: GraphQLSchema | null = null;
  private readonly byText = new Map<string, DocumentNode | readonly GraphQLError[]>();

  constructor(private readonly rules: ValidationRule[]) {}

  prepared(schema: GraphQLSchema, text: string): DocumentNode | readonly GraphQLError[] {
    if (schema !== this.schema) {
      this.schema = schema;
      this.byText.clear();
    }
    let prepared = this.byText.get(text);
    if (!prepared) {
      try {
        const document = parse(text);
        const errors = validate(schema, document, this.rules);
        prepared = errors.length ? errors : document;
      } catch (error) {
        prepared = [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      if (this.byText.size >= PREPARED_DOCUMENTS_MAX) this.byText.delete(this.byText.keys().next().value as string);
      this.byText.set(text, prepared);
    }
    return prepared;
  }
}

/**
 * An API client subscribes within the public contract only, as over HTTP: anything else is
 * refused exactly as a field that does not exist (graphql-ws answers these errors, then complete).
 */
function refuseOutsideContract(session: Session | undefined, query: string, options: LiveSubscriptionOptions): GraphQLError[] | undefined {
  if (!session?.viewer.clientId) return undefined;
  let document;
  try {
    document = parse(query);
  } catch {
    return undefined; // graphql-ws reports the syntax error itself
  }
  const refusals = contractRefusals(options.publicSchema, document, options.validationRules ?? []);
  return refusals.length ? refusals : undefined;
}

/** The token comes in the connection_init payload; a missing or bad one closes with a reason. */
async function authenticate(ctx: Context<Record<string, unknown> | undefined, ConnectionExtra>, verifier: TokenVerifier): Promise<boolean> {
  const params = ctx.connectionParams ?? {};
  const raw = (params.authorization ?? params.Authorization ?? (params.token ? `Bearer ${String(params.token)}` : undefined)) as string | undefined;
  try {
    if (!raw) throw new GraphQLError('Authentication required: put "authorization: Bearer <token>" in the connection_init payload');
    const viewer = await verifier.viewerFromAuthorization(raw);
    ctx.extra.session = {
      viewer,
      authorization: raw,
      acceptLanguage: params['accept-language'] as string | undefined,
      close: (code, reason) => ctx.extra.socket.close(code, reason),
    };
    return true;
  } catch (error) {
    ctx.extra.socket.close(CLOSE_UNAUTHENTICATED, (error as Error).message.slice(0, 120));
    return false;
  }
}

function subscribe(args: ExecutionArgs, options: LiveSubscriptionOptions): AsyncIterableIterator<ExecutionResult> | ExecutionResult {
  const session = (args.contextValue as { session?: Session }).session;
  if (!session) return { errors: [new GraphQLError('Not authenticated')] };
  let plan: LiveSubscriptionPlan;
  try {
    plan = planLiveSubscription(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown>);
  } catch (error) {
    return { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
  }
  // Changes from now on: an event the feeds bring in after subscribing but that happened before is not news.
  const subscribedAt = Date.now();
  let delivering = Promise.resolve();
  const stream = pushIterator<ExecutionResult>(() => unsubscribe());
  const unsubscribe = options.live.onEvent((event) => {
    if (Date.parse(event.occurredAt) < subscribedAt || !matches(event, plan, session.viewer)) return;
    // One at a time, in the order events happened.
    delivering = delivering.then(() => deliver(event)).catch((error: unknown) => options.logger.warn({ err: error }, 'live event delivery failed'));
  });

  async function deliver(event: FeedEvent): Promise<void> {
    const response = await executeOnce(event, plan, session!, options);
    if (response.body.kind !== 'single') return;
    const { data, errors } = response.body.singleResult;
    if (errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) {
      session!.close(CLOSE_UNAUTHENTICATED, 'Access token expired or revoked: reconnect with a new token');
      return;
    }
    const value = (data as Record<string, unknown> | null | undefined)?.[plan.responseKey];
    // Refused (not theirs any more, token expired) or gone: this subscriber does not get the event.
    if (value === null || value === undefined) return;
    stream.push({ data: { [plan.responseKey]: value }, ...(errors ? { errors: errors as never } : {}) });
  }
  return stream;
}

type EventResponse = Awaited<ReturnType<ApolloServer<GatewayContext>['executeOperation']>>;
// Per event: subscribers with the same token, query and variables (one person's tabs and devices)
// share one execution; anyone else's token runs its own, so every subgraph still decides per token.
const executions = new WeakMap<FeedEvent, Map<string, Promise<EventResponse>>>();

function executeOnce(event: FeedEvent, plan: LiveSubscriptionPlan, session: Session, options: LiveSubscriptionOptions): Promise<EventResponse> {
  const variables = plan.variables(sealed(event, options.eventKey));
  const key = `${session.authorization}\n${session.acceptLanguage ?? ''}\n${plan.cacheKey}\n${JSON.stringify(variables)}`;
  let byKey = executions.get(event);
  if (!byKey) executions.set(event, (byKey = new Map()));
  let execution = byKey.get(key);
  if (!execution) {
    const requestId = randomUUID();
    execution = options.apollo.executeOperation(
      { query: plan.eventQuery, variables },
      {
        contextValue: {
          requestId,
          logger: options.logger.child({ requestId, subscription: plan.fieldName }),
          viewer: session.viewer,
          locale: localeFromAcceptLanguage(session.acceptLanguage),
          authorization: session.authorization,
          acceptLanguage: session.acceptLanguage,
          liveSubscription: plan.fieldName,
          deadline: Date.now() + options.executionTimeoutMs,
        },
      },
    );
    byKey.set(key, execution);
  }
  return execution;
}

// Sealed once per event, whatever the number of subscribers it goes to.
const seals = new WeakMap<FeedEvent, string>();
function sealed(event: FeedEvent, key: string): string {
  let seal = seals.get(event);
  if (!seal) seals.set(event, (seal = sealEvent(event, key)));
  return seal;
}

/** A cheap pre-filter; the per-event query is what really decides, with the subscriber's token. */
function matches(event: FeedEvent, plan: LiveSubscriptionPlan, viewer: Viewer): boolean {
  const liveFields = event.audience.liveFields;
  if (!Array.isArray(liveFields) || !liveFields.includes(plan.fieldName)) return false;
  for (const [name, value] of Object.entries(plan.args)) {
    if (value !== null && value !== undefined && event.payload[name] !== value) return false;
  }
  const { userIds, departmentIds } = event.audience;
  return Boolean((viewer.userId && userIds.includes(viewer.userId)) || (viewer.departmentId && departmentIds.includes(viewer.departmentId)));
}
