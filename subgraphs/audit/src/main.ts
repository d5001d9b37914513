import { createLogger, openTokenVerifier, runService, startSubgraph, subgraphConfigFromEnv, type KeySource, type SubgraphConfig } from '@eco/kit';
import { openAuditDatabase } from './database';
import { startAuditConsumers } from './events/audit-consumers';
import { buildAuditSchema } from './schema';
import { createAuditServices, type AuditServices } from './services';
import { auditSettingsFromEnv, type AuditSettings } from './settings';

export const AUDIT_PORT = 4009;
export const SOURCE = 'audit';

export interface AuditStartOptions {
  settings?: AuditSettings;
  /** Default: identity's JWKS at config.jwksUrl. */
  keySource?: KeySource;
  /** The feeds followed (default: identity, applications, payments). */
  producers?: readonly string[];
  /** The clock of recordedAt (tests). */
  now?: () => Date;
}

export interface RunningAudit {
  url: string;
  port: number;
  services: AuditServices;
  stop(): Promise<void>;
}

/**
 * Migrates, serves the subgraph (the journal, for administrators) and follows the feeds of
 * identity, applications and payments, appending what they report to the hash-chained journal.
 * No demo data: the journal holds only what happened.
 */
export async function startAuditSubgraph(config: SubgraphConfig, options: AuditStartOptions = {}): Promise<RunningAudit> {
  const logger = createLogger(SOURCE);
  const settings = options.settings ?? auditSettingsFromEnv();
  const prisma = await openAuditDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    // Background work first (it uses the database), then the server, then the pool.
    for (const stop of stops.reverse()) await stop();
    await prisma.$disconnect();
  };
  try {
    const services = createAuditServices(prisma, { dbSchema: config.dbSchema, now: options.now, logger });
    const { schema } = await buildAuditSchema();
    const server = await startSubgraph({
      name: SOURCE,
      port: config.port,
      schema,
      services,
      tokenVerifier: await openTokenVerifier(config, { logger, keySource: options.keySource }),
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
    });
    stops.push(() => server.stop());

    const consumers = startAuditConsumers({
      consumer: SOURCE,
      producers: options.producers,
      subgraphUrls: config.subgraphUrls,
      token: config.eventFeedToken,
      offsets: services.feedOffsets,
      handler: services.events,
      pollIntervalMs: settings.feedPollIntervalMs,
      logger,
    });
    stops.push(() => consumers.stop());

    return { url: server.url, port: server.port, services, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startAuditSubgraph(subgraphConfigFromEnv(SOURCE, AUDIT_PORT)));
}
