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
import { DEADLINE_HEADER, deadlineFrom, REQUEST_ID_HEADER, requestIdFrom } from '../logging/request-id';
import { createErrorFormatter } from './format-error';
import { runInRequestScope } from './request-scope';
import { requestLoggingPlugin } from './request-logging-plugin';
import type { SubgraphContext } from './subgraph-context';
import type { SubgraphConfig } from './subgraph-config';
import { startPollLoop, type PollLoopOptions } from './poll-loop';
import { openEventDelivery, type EventDelivery, type Stoppable } from '../events/event-delivery';
import { dispatcherFor, type EventSubscription } from '../events/event-contract';
import type { FeedOffsetStore } from '../events/feed-offset-store';
import { mountEventFeed } from '../events/event-feed';
import { openSealedEvent } from '../events/sealed-event';
import type { Outbox, RawSqlClient } from '../events/outbox';

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
  /** Needed with `outbox` or `consumes`: where the database, NATS and the other subgraphs are. */
  config?: SubgraphConfig;
  /** This subgraph's events: served on /events, and relayed to NATS JetStream when NATS_URL is set. */
  outbox?: { outbox: Outbox; db: RawSqlClient };
  /** Other subgraphs' events this one reacts to: durable consumers, at least once, in order per producer. */
  consumes?: { subscriptions: EventSubscription[]; offsets: FeedOffsetStore };
  /**
   * Background work (workers, sweeps): started with the server, stopped before it. A loop with
   * `wakeOnEventsOf` runs at once when those producers append (their outbox notices), so it can
   * wait long (`idleMaxMs`) while there is nothing to do instead of polling.
   */
  loops?: (Omit<PollLoopOptions, 'logger' | 'wakeOn'> & { wakeOnEventsOf?: string[] })[];
  /** Stopped last, after the server (e.g. the Prisma pool). */
  onStop?: () => Promise<void>;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  /** How its events travel ('nats' or 'postgres'); null when it neither produces nor consumes. */
  eventMode: EventDelivery['mode'] | null;
  stop(): Promise<void>;
}

/** One way to serve every subgraph: Apollo Server on Express, health probes, auth context, logs. */
export async function startSubgraph<TServices>(options: StartSubgraphOptions<TServices>): Promise<RunningSubgraph> {
  const { logger } = options;
  // Events the gateway hands over for live delivery are sealed with the internal event token.
  const liveEventKey = options.config?.eventFeedToken ?? null;
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
  if (options.outbox) {
    const { outbox } = options.outbox;
    mountEventFeed(app, {
      token: requireConfig(options).eventFeedToken,
      readAfter: (afterSeq, limit) => outbox.readAfter(afterSeq, limit),
      readHead: () => outbox.head(),
      outbox: outbox.name,
    });
  }

  app.use(
    '/graphql',
    // Everything done for this request, however deep, knows its deadline and id (request-scope).
    (req, res, next) => {
      res.locals.requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      runInRequestScope({ deadline: deadlineFrom(req.headers[DEADLINE_HEADER]), requestId: res.locals.requestId as string }, next);
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        const viewer = await options.tokenVerifier.viewerFromAuthorization(req.headers.authorization);
        return {
          viewer,
          requestId,
          deadline: deadlineFrom(req.headers[DEADLINE_HEADER]),
          locale: localeFromAcceptLanguage(req.headers['accept-language']),
          logger: logger.child({ requestId }),
          loaders: new LoaderRegistry(),
          services: options.services,
          openLiveEvent: liveEventKey ? (sealed: string) => openSealedEvent(sealed, liveEventKey) : undefined,
          // Behind the gateway, the caller's address comes in x-forwarded-for (informational: sessions list).
          client: { userAgent: req.headers['user-agent'] ?? null, ip: forwardedFor(req.headers['x-forwarded-for']) ?? req.socket.remoteAddress ?? null },
        };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}/graphql`;

  // Started after the server listens, stopped before it closes: background work, then event flow.
  const running: Stoppable[] = [];
  let delivery: EventDelivery | null = null;
  const stop = async () => {
    for (const part of running.reverse()) await part.stop();
    await delivery?.close();
    await server.stop();
    await options.tokenVerifier.close?.();
    await options.onStop?.();
  };
  try {
    if (options.outbox || options.consumes) {
      const config = requireConfig(options);
      delivery = await openEventDelivery(options.name, eventDeliveryConfigOf(config), logger);
      if (options.outbox) running.push(delivery.relay(options.outbox.outbox, options.outbox.db));
      for (const [producer, subscriptions] of groupByProducer(options.consumes?.subscriptions ?? [])) {
        running.push(await delivery.consume({ consumer: options.name, producer, handle: dispatcherFor(subscriptions), offsets: options.consumes!.offsets }));
      }
    }
    for (const { wakeOnEventsOf, ...loop } of options.loops ?? []) {
      const notices = delivery?.notices;
      const wakeOn = notices && wakeOnEventsOf?.length
        ? (wake: () => void) => {
            const offs = wakeOnEventsOf.map((producer) => notices.on(producer, wake));
            return () => offs.forEach((off) => off());
          }
        : undefined;
      running.push(startPollLoop({ ...loop, wakeOn, logger }));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ url, events: delivery?.mode ?? 'none' }, `${options.name} subgraph ready`);
  return { url, port, eventMode: delivery?.mode ?? null, stop };
}

function requireConfig<T>(options: StartSubgraphOptions<T>): SubgraphConfig {
  if (!options.config) throw new Error(`${options.name}: startSubgraph needs its config to serve or consume events`);
  return options.config;
}

export function eventDeliveryConfigOf(config: SubgraphConfig) {
  return {
    databaseUrl: config.databaseUrl,
    natsUrl: config.natsUrl ?? null,
    eventsPrefix: config.eventsPrefix ?? 'eco',
    subgraphUrls: config.subgraphUrls,
    eventFeedToken: config.eventFeedToken,
  };
}

function groupByProducer(subscriptions: EventSubscription[]): Map<string, EventSubscription[]> {
  const groups = new Map<string, EventSubscription[]>();
  for (const subscription of subscriptions) groups.set(subscription.contract.producer, [...(groups.get(subscription.contract.producer) ?? []), subscription]);
  return groups;
}

/** The first address of an x-forwarded-for header (the original caller). */
function forwardedFor(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || null;
}
