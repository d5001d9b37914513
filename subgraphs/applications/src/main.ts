import { createLogger, DocumentsClient, openTokenVerifier, runService, startSubgraph, subgraphConfigFromEnv, type SubgraphConfig } from '@eco/kit';
import { CatalogClient } from './clients/catalog-client';
import { IdentityClient } from './clients/identity-client';
import { openApplicationsDatabase } from './database';
import { applicationsSubscriptions } from './events/subscriptions';
import { buildApplicationsSchema } from './schema';
import { seedDemoData } from './seed';
import { createApplicationsServices, type ApplicationsServices } from './services';
import { mountOpenData } from './stats/open-data';

export const APPLICATIONS_PORT = 4003;
export const SOURCE = 'applications';

export interface RunningApplications {
  url: string;
  port: number;
  services: ApplicationsServices;
  stop(): Promise<void>;
}

export interface ApplicationsStartOptions {
  /** The clock of every rule (tests). */
  now?: () => Date;
  /** How long the demo seed waits for the catalog. */
  catalogWaitMs?: number;
}

/**
 * Migrates, optionally seeds, and serves the applications subgraph, its /events feed and open data;
 * consumes payments' events (state fees paid).
 */
export async function startApplicationsSubgraph(config: SubgraphConfig, options: ApplicationsStartOptions = {}): Promise<RunningApplications> {
  const logger = createLogger(SOURCE);
  const prisma = await openApplicationsDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  try {
    const catalog = new CatalogClient({ url: config.subgraphUrls.catalog });
    const identity = new IdentityClient({ url: config.subgraphUrls.identity });
    const documents = DocumentsClient.fromSubgraphUrls(config.subgraphUrls);
    const services = createApplicationsServices(prisma, { dbSchema: config.dbSchema, catalog, identity, documents, now: options.now });
    if (config.seedDemoData) {
      // Demo data is a convenience: without the catalog the subgraph still starts.
      await seedDemoData(prisma, { dbSchema: config.dbSchema, catalog, identity, logger, catalogWaitMs: options.catalogWaitMs }).catch((error: unknown) =>
        logger.warn({ err: error }, 'applications demo data not seeded'),
      );
    }
    const tokenVerifier = await openTokenVerifier(config, { logger });
    const { schema } = await buildApplicationsSchema();
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
      routes: (app) => mountOpenData(app, services.stats, services.now),
      outbox: { outbox: services.outbox, db: prisma },
      consumes: { subscriptions: applicationsSubscriptions(services, logger), offsets: services.feedOffsets },
      onStop: () => prisma.$disconnect(),
    });
    return { url: server.url, port: server.port, services, stop: () => server.stop() };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startApplicationsSubgraph(subgraphConfigFromEnv(SOURCE, APPLICATIONS_PORT)));
}
