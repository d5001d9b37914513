import { createLogger, openTokenVerifier, runService, startSubgraph, subgraphConfigFromEnv, type SubgraphConfig } from '@eco/kit';
import { openCatalogDatabase } from './database';
import { buildCatalogSchema } from './schema';
import { seedDemoData } from './seed';
import { createCatalogServices, type CatalogServices } from './services';

export const CATALOG_PORT = 4002;
export const SOURCE = 'catalog';

export interface RunningCatalog {
  url: string;
  port: number;
  services: CatalogServices;
  stop(): Promise<void>;
}

/** Migrates, optionally seeds, and serves the catalog subgraph (it neither produces nor consumes events). */
export async function startCatalogSubgraph(config: SubgraphConfig): Promise<RunningCatalog> {
  const logger = createLogger(SOURCE);
  const prisma = await openCatalogDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  try {
    const services = createCatalogServices(prisma, config.dbSchema);
    if (config.seedDemoData) await seedDemoData(prisma, logger);
    const tokenVerifier = await openTokenVerifier(config, { logger });
    const { schema } = await buildCatalogSchema();
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
      onStop: () => prisma.$disconnect(),
    });
    return { url: server.url, port: server.port, services, stop: () => server.stop() };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startCatalogSubgraph(subgraphConfigFromEnv(SOURCE, CATALOG_PORT)));
}
