import { FeedOffsetStore, Outbox, SqlSchema, type Logger } from '@eco/kit';
import { DocumentsService } from './documents/documents.service';
import { SignedLinks } from './downloads/signed-links';
import { ApplicationResultReadyHandler } from './events/application-result-ready.handler';
import { DocumentsAttachedHandler } from './events/documents-attached.handler';
import { DOCUMENTS_SOURCE } from './events/document-events';
import type { PrismaClient } from './generated/prisma/client';
import { IssuedDocumentsService } from './issued/issued-documents.service';
import type { DocumentsKeys } from './keys/documents-keys';
import { ClamdScanner } from './scanning/clamd-scanner';
import { SandboxVirusScanner } from './scanning/sandbox-virus-scanner';
import type { VirusScanner } from './scanning/virus-scanner';
import { DEFAULT_SETTINGS, type DocumentsSettings } from './settings';
import type { BlobStore } from './storage/blob-store';
import { PostgresBlobStore } from './storage/postgres-blob-store';
import { UploadsService } from './uploads/uploads.service';

export interface DocumentsServiceOptions {
  /** The PostgreSQL schema the Prisma client is bound to: raw SQL (the outbox) names it. */
  dbSchema: string;
  keys: DocumentsKeys;
  settings?: DocumentsSettings;
  /** Where file bytes live; default: PostgreSQL (blob + blob_chunk in this schema). */
  blobs?: BlobStore;
  /** Default: clamd when settings.clamdUrl is set, else the sandbox scanner (EICAR only). */
  scanner?: VirusScanner;
  /** The clock of every rule (URL expiry, link expiry, the sweep); tests set it. */
  now?: () => Date;
  logger: Logger;
}

/** What resolvers reach as `ctx.services`, and what main.ts runs its routes and loops with. */
export function createDocumentsServices(prisma: PrismaClient, options: DocumentsServiceOptions) {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const now = options.now ?? (() => new Date());
  const outbox = new Outbox(prisma, DOCUMENTS_SOURCE, new SqlSchema(options.dbSchema));
  const postgresBlobs = options.blobs ? null : new PostgresBlobStore(prisma, now);
  const blobs: BlobStore = options.blobs ?? (postgresBlobs as PostgresBlobStore);
  const scanner = options.scanner ?? (settings.clamdUrl ? ClamdScanner.fromUrl(settings.clamdUrl) : new SandboxVirusScanner());
  const { logger } = options;
  const documents = new DocumentsService(prisma, outbox, blobs, { maxUploadBytes: settings.maxUploadBytes, now, logger });
  const issued = new IssuedDocumentsService(prisma, outbox, blobs, { signingKey: options.keys.signing, portalOrigin: settings.portalOrigin, now, logger });
  return {
    now,
    settings,
    blobs,
    /** The PostgreSQL store's own upkeep (half-written blobs); null with another store. */
    postgresBlobs,
    scanner,
    documents,
    issued,
    uploads: new UploadsService(prisma, outbox, blobs, scanner, { maxUploadBytes: settings.maxUploadBytes, now, logger }),
    links: new SignedLinks(options.keys.links, now),
    outbox,
    feedOffsets: new FeedOffsetStore(prisma.feedOffset),
    /** What the consumed events do (idempotent by what each handler changes): see events/subscriptions.ts. */
    attachments: new DocumentsAttachedHandler(documents),
    results: new ApplicationResultReadyHandler(issued, logger),
  };
}

export type DocumentsServices = ReturnType<typeof createDocumentsServices>;
