import {
  createLogger,
  DocumentsClient,
  openTokenVerifier,
  mountEventFeed,
  startSubgraph,
  subgraphConfigFromEnv,
  type SubgraphConfig,
  runService,
  followProducerFeed,
} from '@eco/kit';
import { CatalogClient } from './clients/catalog-client';
import { IdentityClient } from './clients/identity-client';
import { openApplicationsDatabase } from './database';
import { APPLICATIONS_SOURCE } from './events/status-changed-event';
import { buildApplicationsSchema } from './schema';
import { seedDemoData } from './seed';
import { createApplicationsServices } from './services';
import { mountOpenData } from './stats/open-data';

export const APPLICATIONS_PORT = 4003;

export interface RunningApplications {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface ApplicationsStartOptions {
  /** The clock of every rule (tests). */
  now?: () => Date;
  /** How long the demo seed waits for the catalog. */
  catalogWaitMs?: number;
}

/** Migrates, optionally seeds, and serves the applications subgraph with its event feed and open data. */
export async function startApplicationsSubgraph(config: SubgraphConfig, options: ApplicationsStartOptions = {}): Promise<RunningApplications> {
  const logger = createLogger('applications');
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
    const { schema } = await buildApplicationsSchema();
    const server = await startSubgraph({
      name: 'applications',
      port: config.port,
      schema,
      services,
      tokenVerifier: await openTokenVerifier(config, { logger }),
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      routes: (app) => {
        mountEventFeed(app, {
          source: APPLICATIONS_SOURCE,
          token: config.eventFeedToken,
          readAfter: (afterSeq, limit) => services.outbox.readAfter(afterSeq, limit),
          readHead: () => services.outbox.head(),
        });
        mountOpenData(app, services.stats, services.now);
      },
    });
    // Fee payments come from the payments feed; a graph without payments has no fees to mark.
    const payments = config.subgraphUrls.payments
      ? followProducerFeed({
          consumer: APPLICATIONS_SOURCE,
          producer: 'payments',
          subgraphUrls: config.subgraphUrls,
          token: config.eventFeedToken,
          offsets: services.feedOffsets,
          handle: (event) => services.stateFeePayments.handle(event, logger),
          logger,
        })
      : null;
    return {
      url: server.url,
      port: server.port,
      async stop() {
        await payments?.stop();
        await server.stop();
        await prisma.$disconnect();
      },
    };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService('applications', () => startApplicationsSubgraph(subgraphConfigFromEnv('applications', APPLICATIONS_PORT)));
}
