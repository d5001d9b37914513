import { createLogger, DocumentsClient, openTokenVerifier, mountEventFeed, runService, startPollLoop, startSubgraph, subgraphConfigFromEnv, type DocumentChecker, type KeySource, type SubgraphConfig } from '@eco/kit';
import { HttpChildrenClient, type ChildrenClient } from './children/children-client';
import { openEducationDatabase } from './database';
import { EDUCATION_SOURCE } from './events/status-events';
import { buildEducationSchema } from './schema';
import { seedDemoData } from './seed';
import { createEducationServices, type EducationServices } from './services';
import { educationSettingsFromEnv, type EducationSettings } from './settings';

export const EDUCATION_PORT = 4007;

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
  const logger = createLogger(EDUCATION_SOURCE);
  const settings = options.settings ?? educationSettingsFromEnv();
  const prisma = await openEducationDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    // Background work first (it uses the database), then the server, then the pool.
    for (const stop of stops.reverse()) await stop();
    await prisma.$disconnect();
  };
  try {
    const identityUrl = config.subgraphUrls.identity;
    if (!options.children && !identityUrl) throw new Error('education: no URL for the identity subgraph (set SUBGRAPH_IDENTITY_URL)');
    const services = createEducationServices(prisma, {
      dbSchema: config.dbSchema,
      children: options.children ?? new HttpChildrenClient({ url: identityUrl }),
      documents: options.documents ?? DocumentsClient.fromSubgraphUrls(config.subgraphUrls),
      now: options.now ?? (settings.fixedNow ? shiftedClock(settings.fixedNow) : undefined),
      offerDays: settings.offerDays,
    });
    if (config.seedDemoData) await seedDemoData(prisma, { now: services.now(), logger });
    const { schema } = await buildEducationSchema();
    const server = await startSubgraph({
      name: EDUCATION_SOURCE,
      port: config.port,
      schema,
      services,
      tokenVerifier: await openTokenVerifier(config, { logger, keySource: options.keySource }),
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      routes: (app) =>
        mountEventFeed(app, {
          source: EDUCATION_SOURCE,
          token: config.eventFeedToken,
          readAfter: (afterSeq, limit) => services.outbox.readAfter(afterSeq, limit),
          readHead: () => services.outbox.head(),
        }),
    });
    stops.push(() => server.stop());
    const expiry = startPollLoop({ name: 'offer-expiry', intervalMs: settings.offerExpiryIntervalMs, tick: () => services.kindergartenApplications.expireOffers(), logger });
    stops.push(() => expiry.stop());
    return { url: server.url, port: server.port, services, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

if (require.main === module) {
  runService(EDUCATION_SOURCE, () => startEducationSubgraph(subgraphConfigFromEnv(EDUCATION_SOURCE, EDUCATION_PORT)));
}
