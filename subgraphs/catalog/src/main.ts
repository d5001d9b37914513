import {
  createLogger,
  openTokenVerifier,
  startSubgraph,
  subgraphConfigFromEnv,
  type SubgraphConfig,
  runService,
} from '@eco/kit';
import { openCatalogDatabase } from './database';
import { buildCatalogSchema } from './schema';
import { seedDemoData } from './seed';
import { createCatalogServices } from './services';

export const CATALOG_PORT = 4002;

export interface RunningCatalog {
  url: string;
  stop(): Promise<void>;
}

/** Migrates, optionally seeds, and serves the catalog subgraph. */
export async function startCatalogSubgraph(config: SubgraphConfig): Promise<RunningCatalog> {
  const logger = createLogger('catalog');
  const prisma = await openCatalogDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  try {
    if (config.seedDemoData) await seedDemoData(prisma, logger);
    const { schema } = await buildCatalogSchema();
    const server = await startSubgraph({
      name: 'catalog',
      port: config.port,
      schema,
      services: createCatalogServices(prisma, config.dbSchema),
      tokenVerifier: await openTokenVerifier(config, { logger }),
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
    });
    return {
      url: server.url,
      async stop() {
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
  runService('catalog', () => startCatalogSubgraph(subgraphConfigFromEnv('catalog', CATALOG_PORT)));
}
