import { applicationDocumentsAttached, documentRead, keysetOrder, type Logger, type Outbox, type PageWindow, type PayloadOf } from '@eco/kit';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DOCUMENT_SUBJECT } from '../events/document-events';
import type { Document, PrismaClient } from '../generated/prisma/client';
import { failure, problem, success, type DocumentsProblem, type Outcome } from '../problems';
import { DocumentPurpose } from '../shared/enums';
import { isUuid } from '../shared/ids';
import type { BlobStore } from '../storage/blob-store';
import { allowedContentType } from './content-types';
import { sanitizeFileName } from './file-name';

export type DocumentRow = Document;

export const DOCUMENTS_ORDER = keysetOrder<DocumentRow>('documents', [['createdAt', 'desc'], ['id', 'desc']]);
/** How long a one-time upload URL may be used. */
export const UPLOAD_URL_TTL_MS = 15 * 60_000;
/** Uploads nobody attached are removed after this long. */
export const UNATTACHED_TTL_MS = 24 * 3_600_000;
/** The gateway streams this prefix to the subgraph as it is (the subgraph's `public_paths`). */
export const UPLOAD_PATH_PREFIX = '/uploads/';

export interface CreateUploadInput {
  fileName: string;
  contentType: string;
  size: number;
  purpose: DocumentPurpose;
}

export interface Uploader {
  userId: string;
  sandbox: boolean;
}

export interface CreatedUpload {
  document: DocumentRow;
  /** Relative: a path on the gateway's origin, so one host serves clients. */
  uploadUrl: string;
  expiresAt: Date;
}

/** SHA-256 of an upload token: only this is stored, so a database reader cannot upload. */
export const uploadTokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export interface DocumentsServiceOptions {
  maxUploadBytes: number;
  now: () => Date;
  logger: Logger;
}

/** Uploads as records: creating them, listing, linking to other departments' records, sweeping. */
export class DocumentsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: Outbox,
    private readonly blobs: BlobStore,
    private readonly options: DocumentsServiceOptions,
  ) {}

  /** A record awaiting its file and the one-time URL to PUT/POST it to (nothing stored on problems). */
  async createUpload(uploader: Uploader, input: CreateUploadInput): Promise<Outcome<CreatedUpload>> {
    const problems: DocumentsProblem[] = [];
    const fileName = sanitizeFileName(input.fileName ?? '');
    if (!input.fileName?.trim()) problems.push(problem('fileName', 'FILE_NAME_REQUIRED'));
    else if (!fileName) problems.push(problem('fileName', 'FILE_NAME_INVALID'));
    if (!Number.isSafeInteger(input.size) || input.size < 1) problems.push(problem('size', 'SIZE_INVALID'));
    else if (input.size > this.options.maxUploadBytes) {
      problems.push(problem('size', 'FILE_TOO_LARGE', { max: this.options.maxUploadBytes, maxMb: Math.floor(this.options.maxUploadBytes / 1024 / 1024) }));
    }
    const contentType = allowedContentType(input.contentType ?? '');
    if (!contentType) problems.push(problem('contentType', 'CONTENT_TYPE_NOT_ALLOWED'));
    if (problems.length > 0 || !contentType) return failure(problems);

    const token = randomBytes(32).toString('base64url');
    const createdAt = this.options.now();
    const expiresAt = new Date(createdAt.getTime() + UPLOAD_URL_TTL_MS);
    const document = await this.prisma.document.create({
      data: {
        id: randomUUID(),
        ownerId: uploader.userId,
        purpose: input.purpose,
        fileName,
        declaredContentType: contentType,
        size: input.size,
        uploadTokenHash: uploadTokenHash(token),
        uploadExpiresAt: expiresAt,
        createdAt,
        sandbox: uploader.sandbox,
      },
    });
    return success({ document, uploadUrl: `${UPLOAD_PATH_PREFIX}${token}`, expiresAt });
  }

  async byIds(ids: readonly string[]): Promise<(DocumentRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.document.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The owner's uploads, newest first (every status: the owner sees what was quarantined too). */
  async page(ownerId: string, window: PageWindow): Promise<{ nodes: DocumentRow[]; totalCount: number }> {
    const where = { ownerId };
    const [nodes, totalCount] = await Promise.all([
      this.prisma.document.findMany({ where: { AND: [where, window.order.after(window.after)] }, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.document.count({ where }),
    ]);
    return { nodes, totalCount };
  }

  /**
   * `documents.attached`: links the listed documents that are the owner's and CLEAN (anything else
   * named is ignored: someone else's id, a quarantined file, one still uploading). A document is
   * linked once; naming it again for the same record changes nothing, so replays are harmless,
   * and another record cannot take it over (the first department keeps it). Returns how many were linked.
   */
  async attach(payload: PayloadOf<typeof applicationDocumentsAttached>): Promise<number> {
    const ids = payload.documentIds.filter(isUuid);
    if (ids.length === 0 || !isUuid(payload.ownerId)) return 0;
    const { count } = await this.prisma.document.updateMany({
      where: { id: { in: ids }, ownerId: payload.ownerId, status: 'CLEAN', attachedToId: null },
      data: {
        attachedToType: payload.attachedToType,
        attachedToId: payload.attachedToId,
        departmentId: payload.departmentId,
        attachedAt: this.options.now(),
      },
    });
    if (count < ids.length) {
      const linkedHere = await this.prisma.document.count({ where: { id: { in: ids }, attachedToId: payload.attachedToId, attachedToType: payload.attachedToType } });
      if (linkedHere < ids.length) {
        this.options.logger.warn({ attachedToType: payload.attachedToType, attachedToId: payload.attachedToId, named: ids.length, linked: linkedHere }, 'some attached documents were not linked (not the owner’s, not clean, or attached elsewhere)');
      }
    }
    return count;
  }

  /** The audit record of a read by someone other than the owner; committed before a byte is sent. */
  async recordRead(payload: PayloadOf<typeof documentRead>): Promise<void> {
    // Not a live event and told to nobody: the audit journal consumes it from the feed.
    await this.prisma.$transaction((tx) => this.outbox.append(tx, documentRead, { subject: { type: DOCUMENT_SUBJECT, id: payload.documentId }, payload, at: new Date(payload.at) }));
  }

  /**
   * Removes uploads nobody attached within UNATTACHED_TTL_MS (never used URLs and clean files
   * alike; purpose OTHER is the person's own and stays), with their bytes. One batch per call;
   * returns how many were removed, so the poll loop comes back at once while there is more.
   */
  async sweepStale(limit = 100): Promise<number> {
    const cutoff = new Date(this.options.now().getTime() - UNATTACHED_TTL_MS);
    const stale = {
      status: { in: ['AWAITING_UPLOAD' as const, 'CLEAN' as const] },
      attachedToId: null,
      purpose: { not: DocumentPurpose.OTHER },
      createdAt: { lt: cutoff },
      // An upload streaming in right now is left alone; a claim that old is a process that died.
      OR: [{ uploadClaimedAt: null }, { uploadClaimedAt: { lt: cutoff } }],
    };
    const rows = await this.prisma.document.findMany({ where: stale, select: { id: true, blobKey: true }, take: limit, orderBy: { createdAt: 'asc' } });
    let removed = 0;
    for (const row of rows) {
      // Re-checked in the delete: one attached meanwhile is kept.
      const { count } = await this.prisma.document.deleteMany({ where: { id: row.id, ...stale } });
      if (count === 0) continue;
      removed += 1;
      if (row.blobKey) await this.blobs.delete(row.blobKey);
    }
    return removed;
  }
}
