import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createErrorFormatter,
  createLogger,
  openTokenVerifier,
  REQUEST_ID_HEADER,
  requestIdFrom,
  requestLoggingPlugin,
  type KeySource,
  type Logger,
  runService,
} from '@eco/kit';
import express, { type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayContext, type GatewayContext } from './auth/gateway-context';
import { identifyCaller, viewerOf } from './auth/identify-caller';
import { CostBudgets } from './limits/cost-budget';
import { handOverToGraphQL, rateLimitHeadersOnRefusals } from './limits/rate-limit-headers-on-refusals';
import { useCostLimit } from './limits/use-cost-limit';
import { loadPublicSchemaBeside, publicContractGate, schemaDownload, usePublicContract } from './public-api';
import { browserSessionRoutes, useBrowserSessionCookie } from './http/browser-session';
import { portal } from './http/portal';
import { publicRoutes, publicRoutesBeside } from './http/public-routes';
import { requestBodyErrors, unknownRoute } from './http/request-body-errors';
import { useLegacyJsonStatus } from './http/use-legacy-json-status';
import { useOperationResolution } from './http/use-operation-resolution';
import { rejectOverlongDocuments } from './limits/token-limit';
import { loadTrustedDocuments, trustedDocuments } from './trusted-documents/trusted-documents';
import { queryShapeRules, restoreLimitCode } from './limits/use-query-shape-limits';
import { useNoFieldSuggestions } from './limits/use-no-field-suggestions';
import { gatewayConfigFrom, type GatewayConfig } from './config';
import type { LiveEvents } from './live/live-events';
import { attachLiveSubscriptions } from './live/live-subscriptions';
import { liveSubgraphsOf } from './live/live-subgraphs';
import { startNatsLiveEvents } from './live/nats-live-events';
import { startNoticeLiveEvents } from './live/notice-live-events';
import { fetchWithDeadline, ForwardingDataSource } from './supergraph/forwarding-data-source';
import { subgraphUrl } from './supergraph/subgraph-url';
import { supergraphGraphs } from './supergraph/supergraph-graphs';

/** GraphQL documents are small; anything bigger is refused before it is parsed (HTTP 413). */
export const REQUEST_BODY_LIMIT = '1mb';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface StartGatewayOptions {
  logger?: Logger;
  /** Where token keys come from; identity's JWKS by default. */
  keySource?: KeySource;
}

/** Serves one supergraph file: any composition, ours or a regional portal's, without code changes. */
export async function startGateway(config: GatewayConfig, options: StartGatewayOptions = {}): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('gateway');
  // Tokens of revoked API clients are refused here too (revocation list via Redis or identity).
  const verifier = await openTokenVerifier(config, { logger, keySource: options.keySource });
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const resolvedUrl = subgraphUrl(name, url, config.subgraphUrlOverrides);
      logger.info({ subgraph: name, url: resolvedUrl }, 'subgraph route');
      // Node's fetch (undici) keeps connections to each subgraph alive and pooled.
      return new ForwardingDataSource({ url: resolvedUrl, fetcher: fetchWithDeadline });
    },
    logger,
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;

  const live = await startLiveEvents(config, liveSubgraphsOf(supergraphSdl, config.subgraphUrlOverrides), logger);
  let apiSchema: GraphQLSchema | null = null;
  gateway.onSchemaLoadOrUpdate((update) => {
    apiSchema = update.apiSchema;
  });

  // In enforce mode the list must exist; otherwise it is a convenience (ids resolve when present).
  const registeredDocuments =
    config.trustedDocuments === 'enforce' || existsSync(config.trustedDocumentsManifest) ? loadTrustedDocuments(config.trustedDocumentsManifest) : new Map<string, string>();
  const budgets = new CostBudgets(config.costBudget, { redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix });
  const validationRules = queryShapeRules(config.limits);
  const formatError = createErrorFormatter(logger);
  // API clients see only the public contract (schema/public.graphql beside the supergraph).
  const publicSchema = loadPublicSchemaBeside(config.supergraphPath);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    validationRules,
    formatError: (formatted, original) => formatError(restoreLimitCode(formatted), original),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      requestLoggingPlugin<GatewayContext>(),
      useOperationResolution(),
      useLegacyJsonStatus(),
      usePublicContract({ publicSchema }),
      useCostLimit({ maxCost: config.limits.maxCost, budgets, apiSchema: () => apiSchema }),
      useBrowserSessionCookie({ production: config.production }),
      ...(config.production ? [useNoFieldSuggestions()] : []),
    ],
  });
  await server.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', (_req, res) => {
    res.json({ status: 'ready', service: 'gateway', liveEvents: live?.mode ?? 'none' });
  });
  app.use(
    '/graphql',
    assignRequestId,
    rateLimitHeadersOnRefusals(budgets, logger),
    // Who is asking first (headers only): a refusal of the body then reports their budget.
    identifyCaller(verifier, logger),
    express.json({ limit: REQUEST_BODY_LIMIT }),
    requestBodyErrors(logger),
    trustedDocuments({ mode: config.trustedDocuments, documents: registeredDocuments }),
    rejectOverlongDocuments(config.limits.maxTokens),
    publicContractGate({ publicSchema: () => publicSchema, validationRules }),
    handOverToGraphQL,
    expressMiddleware(server, {
      context: async ({ req, res }) =>
        createGatewayContext(req.headers, res.locals.requestId as string, viewerOf(res), logger, {
          clientAddress: req.socket.remoteAddress,
          executionTimeoutMs: config.executionTimeoutMs,
        }),
    }),
  );

  const graphs = supergraphGraphs(supergraphSdl, config.subgraphUrlOverrides);
  app.use(publicRoutes(publicRoutesBeside(config.supergraphPath, graphs), logger));
  app.use(schemaDownload({ publicSchema }));
  const identity = graphs.find((graph) => graph.name === 'identity');
  if (identity) app.use(assignRequestId, browserSessionRoutes({ identityUrl: identity.url, production: config.production, logger }));
  app.use(portal({ dir: config.portalDir, logger }));
  app.use(unknownRoute);
  app.use(requestBodyErrors(logger));

  const subscriptions = live
    ? attachLiveSubscriptions({
        httpServer,
        path: '/graphql',
        apollo: server,
        apiSchema: () => apiSchema as GraphQLSchema,
        verifier,
        publicSchema,
        live,
        logger,
        validationRules,
        executionTimeoutMs: config.executionTimeoutMs,
        eventKey: config.eventFeedToken,
      })
    : null;

  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url, supergraph: config.supergraphPath }, 'gateway ready');
  return {
    url,
    port,
    async stop() {
      await subscriptions?.stop();
      await live?.stop();
      await server.stop();
      await budgets.close();
      await verifier.close?.();
    },
  };
}

/** The gateway mints the request id (or keeps a valid incoming one) and echoes it back. */
const assignRequestId: RequestHandler = (req, res, next) => {
  res.locals.requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  res.setHeader(REQUEST_ID_HEADER, res.locals.requestId as string);
  next();
};

/** Where live events come from: NATS subjects, or the outbox notices of the database. */
async function startLiveEvents(config: GatewayConfig, subgraphs: ReturnType<typeof liveSubgraphsOf>, logger: Logger): Promise<LiveEvents | null> {
  if (!subgraphs.length) return null;
  if (config.natsUrl) return startNatsLiveEvents({ natsUrl: config.natsUrl, prefix: config.eventsPrefix, subgraphs, logger });
  if (config.databaseUrl) return startNoticeLiveEvents({ databaseUrl: config.databaseUrl, subgraphs, token: config.eventFeedToken, logger });
  logger.warn('neither NATS_URL nor DATABASE_URL is set: subscriptions are not served');
  return null;
}

if (require.main === module) {
  runService('gateway', () => startGateway(gatewayConfigFrom(process.argv.slice(2), process.env)));
}
