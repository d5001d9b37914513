import { createLogger, DocumentsClient, openTokenVerifier, runService, startSubgraph, subgraphConfigFromEnv, type DocumentChecker, type KeySource, type SubgraphConfig } from '@eco/kit';
import { openTaxesFinesDatabase } from './database';
import { taxesFinesSubscriptions } from './events/subscriptions';
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
 * Migrates, optionally seeds, serves the subgraph and its /events feed (reminders, appeals),
 * consumes payments' events (fines and taxes paid) and runs the reminder scheduler.
 */
export async function startTaxesFinesSubgraph(config: SubgraphConfig, options: TaxesFinesStartOptions = {}): Promise<RunningTaxesFines> {
  const logger = createLogger(SOURCE);
  const settings = options.settings ?? taxesFinesSettingsFromEnv();
  const prisma = await openTaxesFinesDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  try {
    const services = createTaxesFinesServices(prisma, {
      dbSchema: config.dbSchema,
      now: options.now,
      documents: options.documents ?? DocumentsClient.fromSubgraphUrls(config.subgraphUrls),
    });
    if (config.seedDemoData) await seedDemoData(prisma, { now: services.now(), logger });
    const tokenVerifier = await openTokenVerifier(config, { logger, keySource: options.keySource });
    const { schema } = await buildTaxesFinesSchema();
    const server = await startSubgraph({
      name: SOURCE,
      port: config.port,
      schema,
      services,
      tokenVerifier,
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      config,
      outbox: { outbox: services.outbox, db: prisma },
      consumes: { subscriptions: taxesFinesSubscriptions(services, logger), offsets: services.feedOffsets },
      loops: [{ name: 'reminders', intervalMs: settings.reminderIntervalMs, tick: () => services.reminders.sendDue() }],
      onStop: () => prisma.$disconnect(),
    });
    return { url: server.url, port: server.port, services, stop: () => server.stop() };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startTaxesFinesSubgraph(subgraphConfigFromEnv(SOURCE, TAXES_FINES_PORT)));
}
