import {
  createLogger,
  DocumentsClient,
  followProducerFeed,
  mountEventFeed,
  openTokenVerifier,
  runService,
  startPollLoop,
  startSubgraph,
  subgraphConfigFromEnv,
  type DocumentChecker,
  type KeySource,
  type SubgraphConfig,
} from '@eco/kit';
import { openTaxesFinesDatabase } from './database';
import { buildTaxesFinesSchema } from './schema';
import { seedDemoData } from './seed';
import { createTaxesFinesServices, type TaxesFinesServices } from './services';
import { taxesFinesSettingsFromEnv, type TaxesFinesSettings } from './settings';

export const TAXES_FINES_PORT = 4006;
export const SOURCE = 'taxes-fines';

export interface TaxesFinesStartOptions {
  settings?: TaxesFinesSettings;
  /** Default: identity's JWKS at config.jwksUrl. */
  keySource?: KeySource;
  /** The clock of every rule (tests). */
  now?: () => Date;
  /** Default: the documents subgraph at config.subgraphUrls.documents. */
  documents?: DocumentChecker;
}

export interface RunningTaxesFines {
  url: string;
  port: number;
  services: TaxesFinesServices;
  stop(): Promise<void>;
}

/**
 * Migrates, optionally seeds, serves the subgraph and its /events feed (reminders), consumes the
 * payments feed (fines and taxes paid) and runs the reminder scheduler.
 */
export async function startTaxesFinesSubgraph(config: SubgraphConfig, options: TaxesFinesStartOptions = {}): Promise<RunningTaxesFines> {
  const logger = createLogger(SOURCE);
  const settings = options.settings ?? taxesFinesSettingsFromEnv();
  const prisma = await openTaxesFinesDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    // Background work first (it uses the database), then the server, then the pool.
    for (const stop of stops.reverse()) await stop();
    await prisma.$disconnect();
  };
  try {
    const services = createTaxesFinesServices(prisma, {
      dbSchema: config.dbSchema,
      now: options.now,
      documents: options.documents ?? DocumentsClient.fromSubgraphUrls(config.subgraphUrls),
    });
    if (config.seedDemoData) await seedDemoData(prisma, { now: services.now(), logger });
    const { schema } = await buildTaxesFinesSchema();
    const server = await startSubgraph({
      name: SOURCE,
      port: config.port,
      schema,
      services,
      tokenVerifier: await openTokenVerifier(config, { logger, keySource: options.keySource }),
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      routes: (app) =>
        mountEventFeed(app, {
          source: SOURCE,
          token: config.eventFeedToken,
          readAfter: (afterSeq, limit) => services.outbox.readAfter(afterSeq, limit),
          readHead: () => services.outbox.head(),
        }),
    });
    stops.push(() => server.stop());

    const consumer = followProducerFeed({
      consumer: SOURCE,
      producer: 'payments',
      subgraphUrls: config.subgraphUrls,
      token: config.eventFeedToken,
      offsets: services.feedOffsets,
      handle: (event) => services.payments.handle(event, logger),
      pollIntervalMs: settings.feedPollIntervalMs,
      logger,
    });
    stops.push(() => consumer.stop());
    const reminders = startPollLoop({ name: 'reminders', intervalMs: settings.reminderIntervalMs, tick: () => services.reminders.sendDue(), logger });
    stops.push(() => reminders.stop());

    return { url: server.url, port: server.port, services, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startTaxesFinesSubgraph(subgraphConfigFromEnv(SOURCE, TAXES_FINES_PORT)));
}
