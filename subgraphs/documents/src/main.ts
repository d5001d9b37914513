import {
  createLogger,
  mountEventFeed,
  openTokenVerifier,
  runService,
  startSubgraph,
  subgraphConfigFromEnv,
  type KeySource,
  type SubgraphConfig,
} from '@eco/kit';
import { openDocumentsDatabase } from './database';
import { mountDownloadRoutes } from './downloads/download-routes';
import { DOCUMENTS_SOURCE } from './events/document-events';
import { startEventConsumers } from './events/event-consumers';
import { mountSigningKeysRoute } from './issued/signing-keys-route';
import { mountVerificationPage } from './issued/verification-page';
import { mountVerifyRoute } from './issued/verify-route';
import { loadDocumentsKeys } from './keys/documents-keys';
import { startStaleUploadSweep } from './loops/stale-upload-sweep';
import type { VirusScanner } from './scanning/virus-scanner';
import { buildDocumentsSchema } from './schema';
import { seedDemoData } from './seed';
import { createDocumentsServices, type DocumentsServices } from './services';
import { documentsSettingsFromEnv, type DocumentsSettings } from './settings';
import type { BlobStore } from './storage/blob-store';
import { mountUploadRoutes } from './uploads/upload-routes';

export const DOCUMENTS_PORT = 4010;

export interface DocumentsStartOptions {
  env?: NodeJS.ProcessEnv;
  /** Default: from env (settings.ts). */
  settings?: DocumentsSettings;
  /** Default: identity's JWKS at config.jwksUrl (tests pass their own keys). */
  keySource?: KeySource;
  /** Default: PostgreSQL. */
  blobs?: BlobStore;
  /** Default: clamd when CLAMD_URL is set, else the sandbox scanner. */
  scanner?: VirusScanner;
  now?: () => Date;
  /** Which feeds to follow (default: applications, education, taxes-fines). */
  producers?: readonly string[];
  feedPollIntervalMs?: number;
  sweepIntervalMs?: number;
}

export interface RunningDocuments {
  url: string;
  port: number;
  services: DocumentsServices;
  stop(): Promise<void>;
}

/**
 * Migrates, optionally seeds, and serves the documents subgraph: GraphQL, the upload and download
 * routes, verification and the signing keys, its /events feed; follows the feeds that attach
 * documents and ask for results; sweeps unattached uploads hourly.
 */
export async function startDocumentsSubgraph(config: SubgraphConfig, options: DocumentsStartOptions = {}): Promise<RunningDocuments> {
  const env = options.env ?? process.env;
  const logger = createLogger(DOCUMENTS_SOURCE);
  const settings = options.settings ?? documentsSettingsFromEnv(env);
  const keys = await loadDocumentsKeys({ env, dataDir: config.dataDir, production: config.production });
  const prisma = await openDocumentsDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    // Background work first (it uses the database), then the server, then the pool.
    for (const stop of stops.reverse()) await stop();
    await prisma.$disconnect();
  };
  try {
    const services = createDocumentsServices(prisma, { dbSchema: config.dbSchema, keys, settings, blobs: options.blobs, scanner: options.scanner, now: options.now, logger });
    if (config.seedDemoData) await seedDemoData(prisma, services.blobs, logger);
    await services.issued.ensureKeyPublished();
    const tokenVerifier = await openTokenVerifier(config, { logger, keySource: options.keySource });
    const { schema } = await buildDocumentsSchema();
    const server = await startSubgraph({
      name: DOCUMENTS_SOURCE,
      port: config.port,
      schema,
      services,
      tokenVerifier,
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      routes: (app) => {
        mountEventFeed(app, {
          source: DOCUMENTS_SOURCE,
          token: config.eventFeedToken,
          readAfter: (afterSeq, limit) => services.outbox.readAfter(afterSeq, limit),
          readHead: () => services.outbox.head(),
        });
        // Fixed paths before the /documents/:id/... patterns.
        mountSigningKeysRoute(app, { issued: services.issued, logger });
        mountVerifyRoute(app, { issued: services.issued, maxBytes: settings.maxUploadBytes });
        mountVerificationPage(app, { issued: services.issued });
        mountUploadRoutes(app, { tokenVerifier, uploads: services.uploads, logger });
        mountDownloadRoutes(app, { tokenVerifier, documents: services.documents, issued: services.issued, links: services.links, blobs: services.blobs, now: services.now, logger });
      },
    });
    stops.push(() => server.stop());

    const consumers = startEventConsumers({
      handle: services.handleEvent,
      offsets: services.feedOffsets,
      subgraphUrls: config.subgraphUrls,
      eventFeedToken: config.eventFeedToken,
      producers: options.producers,
      pollIntervalMs: options.feedPollIntervalMs,
      logger,
    });
    stops.push(() => consumers.stop());
    const sweep = startStaleUploadSweep(
      { documents: services.documents, incompleteBlobs: services.postgresBlobs ?? undefined, now: services.now },
      logger,
      options.sweepIntervalMs,
    );
    stops.push(() => sweep.stop());

    return { url: server.url, port: server.port, services, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

if (require.main === module) {
  runService(DOCUMENTS_SOURCE, () => startDocumentsSubgraph(subgraphConfigFromEnv(DOCUMENTS_SOURCE, DOCUMENTS_PORT)));
}
