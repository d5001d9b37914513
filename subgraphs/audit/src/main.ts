import { createLogger, openTokenVerifier, runService, startSubgraph, subgraphConfigFromEnv, type KeySource, type SubgraphConfig } from '@eco/kit';
import { openAuditDatabase } from './database';
import { auditSubscriptions } from './events/subscriptions';
import { buildAuditSchema } from './schema';
import { createAuditServices, type AuditServices } from './services';

export const AUDIT_PORT = 4009;
export const SOURCE = 'audit';

export interface AuditStartOptions {
  /** Default: identity's JWKS at config.jwksUrl. */
  keySource?: KeySource;
  /** The producers whose events are journalled (default: every producer of a declared event). */
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
 * Migrates, serves the subgraph (the journal, for administrators) and consumes every department's
 * events (auditSubscriptions: one durable consumer per producer), appending each to the
 * hash-chained journal. No demo data: the journal holds only what happened.
 */
export async function startAuditSubgraph(config: SubgraphConfig, options: AuditStartOptions = {}): Promise<RunningAudit> {
  const logger = createLogger(SOURCE);
  const prisma = await openAuditDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  try {
    const services = createAuditServices(prisma, { dbSchema: config.dbSchema, now: options.now });
    const subscriptions = auditSubscriptions(services, logger).filter(({ contract }) => !options.producers || options.producers.includes(contract.producer));
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
      config,
      consumes: { subscriptions, offsets: services.feedOffsets },
      onStop: () => prisma.$disconnect(),
    });
    return { url: server.url, port: server.port, services, stop: server.stop };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startAuditSubgraph(subgraphConfigFromEnv(SOURCE, AUDIT_PORT)));
}
