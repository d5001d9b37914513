import { createLogger, openTokenVerifier, runService, startSubgraph, subgraphConfigFromEnv, type KeySource, type SubgraphConfig } from '@eco/kit';
import { openDocumentsDatabase } from './database';
import { mountDownloadRoutes } from './downloads/download-routes';
import { documentsSubscriptions } from './events/subscriptions';
import { mountSigningKeysRoute } from './issued/signing-keys-route';
import { mountVerificationPage } from './issued/verification-page';
import { mountVerifyRoute } from './issued/verify-route';
import { loadDocumentsKeys } from './keys/documents-keys';
import { sweepOnce, SWEEP_INTERVAL_MS } from './loops/stale-upload-sweep';
import type { VirusScanner } from './scanning/virus-scanner';
import { buildDocumentsSchema } from './schema';
import { seedDemoData } from './seed';
import { createDocumentsServices, type DocumentsServices } from './services';
import { documentsSettingsFromEnv, type DocumentsSettings } from './settings';
import type { BlobStore } from './storage/blob-store';
import { mountUploadRoutes } from './uploads/upload-routes';

export const DOCUMENTS_PORT = 4010;
export const SOURCE = 'documents';

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
  /** How often unattached uploads are looked for (default: hourly). */
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
 * routes, verification and the signing keys, its /events feed; consumes the events that attach
 * documents and ask for results; sweeps unattached uploads hourly.
 */
export async function startDocumentsSubgraph(config: SubgraphConfig, options: DocumentsStartOptions = {}): Promise<RunningDocuments> {
  const env = options.env ?? process.env;
  const logger = createLogger(SOURCE);
  const settings = options.settings ?? documentsSettingsFromEnv(env);
  const keys = await loadDocumentsKeys({ env, dataDir: config.dataDir, production: config.production });
  const prisma = await openDocumentsDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  try {
    const services = createDocumentsServices(prisma, { dbSchema: config.dbSchema, keys, settings, blobs: options.blobs, scanner: options.scanner, now: options.now, logger });
    if (config.seedDemoData) await seedDemoData(prisma, services.blobs, logger);
    await services.issued.ensureKeyPublished();
    const tokenVerifier = await openTokenVerifier(config, { logger, keySource: options.keySource });
    const { schema } = await buildDocumentsSchema();
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
      routes: (app) => {
        // Fixed paths before the /documents/:id/... patterns.
        mountSigningKeysRoute(app, { issued: services.issued, logger });
        mountVerifyRoute(app, { issued: services.issued, maxBytes: settings.maxUploadBytes });
        mountVerificationPage(app, { issued: services.issued });
        mountUploadRoutes(app, { tokenVerifier, uploads: services.uploads, logger });
        mountDownloadRoutes(app, { tokenVerifier, documents: services.documents, issued: services.issued, links: services.links, blobs: services.blobs, now: services.now, logger });
      },
      outbox: { outbox: services.outbox, db: prisma },
      consumes: { subscriptions: documentsSubscriptions(services, logger), offsets: services.feedOffsets },
      loops: [
        {
          name: 'stale-upload-sweep',
          intervalMs: options.sweepIntervalMs ?? SWEEP_INTERVAL_MS,
          tick: () => sweepOnce({ documents: services.documents, incompleteBlobs: services.postgresBlobs ?? undefined, now: services.now }),
        },
      ],
      onStop: () => prisma.$disconnect(),
    });
    return { url: server.url, port: server.port, services, stop: () => server.stop() };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startDocumentsSubgraph(subgraphConfigFromEnv(SOURCE, DOCUMENTS_PORT)));
}
