import { createLogger, DocumentsClient, openTokenVerifier, runService, startSubgraph, subgraphClient, subgraphConfigFromEnv, type DocumentChecker, type KeySource, type SubgraphConfig } from '@eco/kit';
import { HttpChildrenClient, type ChildrenClient } from './children/children-client';
import { openEducationDatabase } from './database';
import { buildEducationSchema } from './schema';
import { seedDemoData } from './seed';
import { createEducationServices, type EducationServices } from './services';
import { educationSettingsFromEnv, type EducationSettings } from './settings';

export const EDUCATION_PORT = 4007;
export const SOURCE = 'education';

export interface EducationStartOptions {
  settings?: EducationSettings;
  /** Default: identity's JWKS at config.jwksUrl. */
  keySource?: KeySource;
  /** Default: identity's GraphQL at config.subgraphUrls.identity, with the caller's token. */
  children?: ChildrenClient;
  /** Default: the documents subgraph at config.subgraphUrls.documents, with the caller's token. */
  documents?: DocumentChecker;
  /** The clock of every rule (tests). */
  now?: () => Date;
}

export interface RunningEducation {
  url: string;
  port: number;
  services: EducationServices;
  stop(): Promise<void>;
}

/** A clock that starts at `start` and then runs at real speed (EDUCATION_CLOCK). */
function shiftedClock(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

/** Migrates, optionally seeds, serves the subgraph and its /events feed, and closes expired offers. */
export async function startEducationSubgraph(config: SubgraphConfig, options: EducationStartOptions = {}): Promise<RunningEducation> {
  const logger = createLogger(SOURCE);
  const settings = options.settings ?? educationSettingsFromEnv();
  const prisma = await openEducationDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  try {
    const services = createEducationServices(prisma, {
      dbSchema: config.dbSchema,
      children: options.children ?? new HttpChildrenClient(subgraphClient('identity', config.subgraphUrls)),
      documents: options.documents ?? DocumentsClient.fromSubgraphUrls(config.subgraphUrls),
      now: options.now ?? (settings.fixedNow ? shiftedClock(settings.fixedNow) : undefined),
      offerDays: settings.offerDays,
    });
    if (config.seedDemoData) await seedDemoData(prisma, { now: services.now(), logger });
    const tokenVerifier = await openTokenVerifier(config, { logger, keySource: options.keySource });
    const { schema } = await buildEducationSchema();
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
      loops: [{ name: 'offer-expiry', intervalMs: settings.offerExpiryIntervalMs, tick: () => services.kindergartenApplications.expireOffers() }],
      onStop: () => prisma.$disconnect(),
    });
    return { url: server.url, port: server.port, services, stop: () => server.stop() };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startEducationSubgraph(subgraphConfigFromEnv(SOURCE, EDUCATION_PORT)));
}
