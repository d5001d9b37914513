import { createLogger, createTokenVerifier, jwksKeySource, openRevocationList, mountEventFeed, startSubgraph, subgraphConfigFromEnv, type KeySource, type SubgraphConfig, runService, startPollLoop } from '@eco/kit';
import { openNotificationsDatabase } from './database';
import { followApiClientRevocations } from './events/api-client-revoked.handler';
import { startEventConsumers } from './events/event-consumers';
import { loadWebhookSecretKey } from './keys/webhook-key';
import { buildNotificationsSchema } from './schema';
import { seedDemoData } from './seed';
import { createNotificationsServices, type NotificationsServices } from './services';
import { notificationsSettingsFromEnv, type NotificationsSettings } from './settings';

export const NOTIFICATIONS_PORT = 4008;
export const SOURCE = 'notifications';

export interface StartNotificationsOptions {
  env?: NodeJS.ProcessEnv;
  /** Default: from env (see settings.ts). */
  settings?: NotificationsSettings;
  /** Default: identity's JWKS at config.jwksUrl. */
  keySource?: KeySource;
}

export interface RunningNotifications {
  url: string;
  port: number;
  services: NotificationsServices;
  stop(): Promise<void>;
}

/**
 * Migrates, optionally seeds, serves the subgraph and its /events feed, and runs its background
 * work: a durable consumer per producer feed, the email/SMS worker and the webhook dispatcher.
 */
export async function startNotificationsSubgraph(config: SubgraphConfig, options: StartNotificationsOptions = {}): Promise<RunningNotifications> {
  const env = options.env ?? process.env;
  const logger = createLogger(SOURCE);
  const settings = options.settings ?? notificationsSettingsFromEnv(env);
  const webhookKey = await loadWebhookSecretKey({ env, dataDir: config.dataDir, production: config.production });
  const prisma = await openNotificationsDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    // Background work first (it uses the database), then the server, then the pool.
    for (const stop of stops.reverse()) await stop();
    await prisma.$disconnect();
  };
  try {
    if (config.seedDemoData) await seedDemoData(prisma, logger);
    // Revoked API clients: refused by the verifier, and nothing is sent to their webhook endpoints.
    const revocations = await openRevocationList(config, logger);
    stops.push(() => revocations.close());
    const services = createNotificationsServices(prisma, {
      revocations,
      dbSchema: config.dbSchema,
      webhookKey,
      settings,
      allowHttpWebhooks: !config.production,
      logger,
    });
    const { schema } = await buildNotificationsSchema();
    const server = await startSubgraph({
      name: SOURCE,
      port: config.port,
      schema,
      services,
      tokenVerifier: createTokenVerifier(options.keySource ?? jwksKeySource(config.jwksUrl), { revocations }),
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      routes: (app) =>
        mountEventFeed(app, {
          source: SOURCE,
          token: config.eventFeedToken,
          readAfter: (afterSeq, limit) => services.outbox.readAfter(afterSeq, limit),
          readHead: () => services.outbox.readHead(),
        }),
    });
    stops.push(() => server.stop());

    const consumers = startEventConsumers({
      registry: services.registry,
      processor: services.events,
      offsets: services.feedOffsets,
      subgraphUrls: config.subgraphUrls,
      eventFeedToken: config.eventFeedToken,
      pollIntervalMs: settings.feedPollIntervalMs,
      logger,
    });
    stops.push(() => consumers.stop());
    const revokedClients = followApiClientRevocations({
      webhooks: services.webhooks,
      offsets: services.feedOffsets,
      subgraphUrls: config.subgraphUrls,
      eventFeedToken: config.eventFeedToken,
      pollIntervalMs: settings.feedPollIntervalMs,
      logger,
    });
    stops.push(() => revokedClients.stop());
    const deliveries = startPollLoop({ name: 'email-sms', intervalMs: settings.workerPollIntervalMs, tick: () => services.deliveries.processDue(), logger });
    stops.push(() => deliveries.stop());
    const webhooks = startPollLoop({ name: 'webhooks', intervalMs: settings.workerPollIntervalMs, tick: () => services.webhookDispatcher.dispatchDue(), logger });
    stops.push(() => webhooks.stop());

    return { url: server.url, port: server.port, services, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startNotificationsSubgraph(subgraphConfigFromEnv(SOURCE, NOTIFICATIONS_PORT)));
}
