import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenVerifier } from '../auth/token-verifier';
import { localeFromAcceptLanguage } from '../i18n/locale';
import { LoaderRegistry } from '../loaders/loader-registry';
import type { Logger } from '../logging/logger';
import { REQUEST_ID_HEADER, requestIdFrom } from '../logging/request-id';
import { createErrorFormatter } from './format-error';
import { requestLoggingPlugin } from './request-logging-plugin';
import type { SubgraphContext } from './subgraph-context';

export interface StartSubgraphOptions<TServices> {
  name: string;
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  schema: GraphQLSchema;
  services: TServices;
  /** Closed when the subgraph stops. */
  tokenVerifier: TokenVerifier;
  logger: Logger;
  /** Throws when the service cannot serve (e.g. the database is unreachable); drives /readyz. */
  readiness: () => Promise<unknown>;
  /** Extra HTTP routes before /graphql (identity's JWKS, open data files). */
  routes?: (app: express.Express) => void;
  production?: boolean;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** One way to serve every subgraph: Apollo Server on Express, health probes, auth context, logs. */
export async function startSubgraph<TServices>(options: StartSubgraphOptions<TServices>): Promise<RunningSubgraph> {
  const { logger } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // Keep gateway connections open longer than the gateway's own idle timeout.
  httpServer.keepAliveTimeout = 65_000;

  const server = new ApolloServer<SubgraphContext<TServices>>({
    schema: options.schema,
    // Apollo's own messages (e.g. about federated tracing) go to the same JSON log.
    logger,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Federated traces would give anyone reaching a subgraph directly its timings; we do not use them.
      ApolloServerPluginInlineTraceDisabled(),
      requestLoggingPlugin<SubgraphContext<TServices>>(),
    ],
  });
  await server.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await options.readiness();
      res.json({ status: 'ready', service: options.name });
    } catch (error) {
      logger.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });
  options.routes?.(app);

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => {
        const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
        const viewer = await options.tokenVerifier.viewerFromAuthorization(req.headers.authorization);
        return {
          viewer,
          requestId,
          locale: localeFromAcceptLanguage(req.headers['accept-language']),
          logger: logger.child({ requestId }),
          loaders: new LoaderRegistry(),
          services: options.services,
          // Behind the gateway, the caller's address comes in x-forwarded-for (informational: sessions list).
          client: { userAgent: req.headers['user-agent'] ?? null, ip: forwardedFor(req.headers['x-forwarded-for']) ?? req.socket.remoteAddress ?? null },
        };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}/graphql`;
  logger.info({ url }, `${options.name} subgraph ready`);

  return {
    url,
    port,
    async stop() {
      await server.stop();
      await options.tokenVerifier.close?.();
    },
  };
}

/** The first address of an x-forwarded-for header (the original caller). */
function forwardedFor(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || null;
}
