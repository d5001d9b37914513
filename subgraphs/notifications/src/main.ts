import { createLogger, createTokenVerifier, jwksKeySource, openRevocationList, runService, startSubgraph, subgraphConfigFromEnv, type KeySource, type RevocationList, type SubgraphConfig } from '@eco/kit';
import { openNotificationsDatabase } from './database';
import { notificationsSubscriptions } from './events/subscriptions';
import { loadWebhookSecretKey } from './keys/webhook-key';
import { buildNotificationsSchema } from './schema';
import { seedDemoData } from './seed';
import { createNotificationsServices, type NotificationsServices } from './services';
import { notificationsSettingsFromEnv, type NotificationsSettings } from './settings';

export const NOTIFICATIONS_PORT = 4008;
/** The longest an idle email/SMS or webhook worker waits before looking for due retries again. */
export const WORKER_IDLE_MAX_MS = 4_000;
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
 * Migrates, optionally seeds, serves the subgraph and its outbox (notification.created), consumes
 * the events of notificationsSubscriptions (one durable consumer per producer), and runs the
 * email/SMS worker and the webhook dispatcher.
 */
export async function startNotificationsSubgraph(config: SubgraphConfig, options: StartNotificationsOptions = {}): Promise<RunningNotifications> {
  const env = options.env ?? process.env;
  const logger = createLogger(SOURCE);
  const settings = options.settings ?? notificationsSettingsFromEnv(env);
  const webhookKey = await loadWebhookSecretKey({ env, dataDir: config.dataDir, production: config.production });
  const prisma = await openNotificationsDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  // Revoked API clients: refused by the verifier (which closes the list), and nothing is sent to their webhook endpoints.
  let revocations: RevocationList | null = null;
  try {
    if (config.seedDemoData) await seedDemoData(prisma, logger);
    revocations = await openRevocationList(config, logger);
    const services = createNotificationsServices(prisma, {
      revocations,
      dbSchema: config.dbSchema,
      webhookKey,
      settings,
      allowHttpWebhooks: !config.production,
      logger,
    });
    const { schema } = await buildNotificationsSchema();
    const subscriptions = notificationsSubscriptions(services, logger);
    const producers = [...new Set([SOURCE, ...subscriptions.map((subscription) => subscription.contract.producer)])];
    const server = await startSubgraph({
      name: SOURCE,
      port: config.port,
      schema,
      services,
      tokenVerifier: createTokenVerifier(options.keySource ?? jwksKeySource(config.jwksUrl), { revocations }),
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      config,
      outbox: { outbox: services.outbox, db: prisma },
      consumes: { subscriptions, offsets: services.feedOffsets },
      // Deliveries are queued while events are handled: the workers run when events arrive, and
      // otherwise look for due retries ever less often (no steady polling of an idle graph).
      loops: [
        { name: 'email-sms', intervalMs: settings.workerPollIntervalMs, idleMaxMs: WORKER_IDLE_MAX_MS, wakeOnEventsOf: producers, tick: () => services.deliveries.processDue() },
        { name: 'webhooks', intervalMs: settings.workerPollIntervalMs, idleMaxMs: WORKER_IDLE_MAX_MS, wakeOnEventsOf: producers, tick: () => services.webhookDispatcher.dispatchDue() },
      ],
      onStop: () => prisma.$disconnect(),
    });
    return { url: server.url, port: server.port, services, stop: server.stop };
  } catch (error) {
    await revocations?.close();
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startNotificationsSubgraph(subgraphConfigFromEnv(SOURCE, NOTIFICATIONS_PORT)));
}
