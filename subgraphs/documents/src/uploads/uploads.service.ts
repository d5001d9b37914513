import { documentQuarantined, isApiClientViewer, type Logger, type Outbox, type Viewer } from '@eco/kit';
import { PassThrough, Readable } from 'node:stream';
import type { AllowedContentType } from '../documents/content-types';
import { uploadTokenHash, type DocumentRow } from '../documents/documents.service';
import { DOCUMENT_SUBJECT } from '../events/document-events';
import type { PrismaClient } from '../generated/prisma/client';
import type { ScanVerdict, VirusScanner } from '../scanning/virus-scanner';
import type { BlobStore, StoredBlob } from '../storage/blob-store';
import { checkedBytes } from './checked-bytes';
import { fanOut } from './fan-out';
import { sniffUpload } from './file-type-sniffer';
import { stripMetadata } from './metadata-stripping';
import { UploadRefusal } from './upload-refusal';

/** An upload that stopped without a word (a process that died) frees its URL after this long. */
export const UPLOAD_CLAIM_TTL_MS = 30 * 60_000;

/** What arrived: its type by its bytes, the scanner's verdict, where the (metadata-free) bytes are. */
export interface ReceivedUpload {
  contentType: AllowedContentType;
  verdict: ScanVerdict;
  blob: StoredBlob;
}

/** An upload in progress, held by its claim (the moment it was claimed). */
export interface UploadClaim {
  document: DocumentRow;
  claimedAt: Date;
}

export interface UploadsServiceOptions {
  maxUploadBytes: number;
  now: () => Date;
  logger: Logger;
}

/**
 * The one-time upload URL's life: find its record (refusing what is unknown, not the caller's,
 * used or expired), claim it while the bytes stream in, receive them (checked, sniffed, scanned
 * and stored at once) and record the result. Nothing is kept of a refused or broken upload.
 */
export class UploadsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: Outbox,
    private readonly blobs: BlobStore,
    private readonly scanner: VirusScanner,
    private readonly options: UploadsServiceOptions,
  ) {}

  get maxUploadBytes(): number {
    return this.options.maxUploadBytes;
  }

  /**
   * The record behind a token, for its owner only. Someone else's (or an API client) is told
   * the same as for an unknown token: a URL that leaked still gives nothing away.
   */
  async open(token: string, viewer: Viewer): Promise<DocumentRow> {
    const document = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await this.prisma.document.findUnique({ where: { uploadTokenHash: uploadTokenHash(token) } }) : null;
    if (!document || isApiClientViewer(viewer) || document.ownerId !== viewer.userId) throw new UploadRefusal(404, 'NOT_FOUND');
    if (document.status !== 'AWAITING_UPLOAD') throw new UploadRefusal(409, 'UPLOAD_URL_USED');
    if (document.uploadExpiresAt <= this.options.now()) throw new UploadRefusal(410, 'UPLOAD_URL_EXPIRED');
    return document;
  }

  /** Only one upload per URL at a time: a second request meanwhile is refused. */
  async claim(document: DocumentRow): Promise<UploadClaim> {
    const claimedAt = this.options.now();
    const staleBefore = new Date(claimedAt.getTime() - UPLOAD_CLAIM_TTL_MS);
    const { count } = await this.prisma.document.updateMany({
      where: { id: document.id, status: 'AWAITING_UPLOAD', OR: [{ uploadClaimedAt: null }, { uploadClaimedAt: { lt: staleBefore } }] },
      data: { uploadClaimedAt: claimedAt },
    });
    if (count === 0) throw new UploadRefusal(409, 'UPLOAD_IN_PROGRESS');
    return { document, claimedAt };
  }

  /** A refused or broken upload gives its URL back (until it expires), so the person can try again. */
  async release(claim: UploadClaim): Promise<void> {
    await this.prisma.document.updateMany({ where: { id: claim.document.id, status: 'AWAITING_UPLOAD', uploadClaimedAt: claim.claimedAt }, data: { uploadClaimedAt: null } });
  }

  /**
   * Reads the body through the size checks, tells its type from the first bytes, then streams
   * it to the scanner and (without photo metadata) to the store at once. Any failure — a
   * refusal, an aborted request, the scanner or the store — removes what was stored and throws.
   */
  async receive(document: DocumentRow, body: AsyncIterable<unknown>): Promise<ReceivedUpload> {
    const checked = checkedBytes(body, { maxBytes: this.options.maxUploadBytes, expectedSize: document.size });
    const sniffed = await sniffUpload(checked, document.declaredContentType);
    const toScanner = new PassThrough();
    const toStore = new PassThrough();
    const failWith = (sink: PassThrough) => (error: unknown) => {
      sink.destroy(error as Error);
      throw error;
    };
    const [fed, scanned, stored] = await Promise.allSettled([
      fanOut(sniffed.chunks, [toScanner, toStore]),
      this.scanner.scan(toScanner).catch(failWith(toScanner)),
      this.blobs.put(Readable.from(stripMetadata(sniffed.contentType, toStore))).catch(failWith(toStore)),
    ]);
    if (fed.status === 'fulfilled' && scanned.status === 'fulfilled' && stored.status === 'fulfilled') {
      return { contentType: sniffed.contentType, verdict: scanned.value, blob: stored.value };
    }
    if (stored.status === 'fulfilled') await this.blobs.delete(stored.value.key);
    // The reason to report: the body's own refusal first, then the scanner's, then the store's.
    const reasons = [fed, scanned, stored].flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    throw reasons.find((reason) => reason instanceof UploadRefusal) ?? (scanned.status === 'rejected' ? scanned.reason : reasons[0]);
  }

  /** Forgets a received file that is refused after all (e.g. its form had a second file). */
  async discard(received: ReceivedUpload): Promise<void> {
    await this.blobs.delete(received.blob.key);
  }

  /**
   * Records what arrived. A clean file: CLEAN, with its detected type, stored size and SHA-256.
   * A flagged one: its bytes are deleted, it becomes QUARANTINED with the scanner's reason, and
   * `document.quarantined` (for the owner's notification) commits with that change.
   */
  async finish(claim: UploadClaim, received: ReceivedUpload): Promise<DocumentRow> {
    const { document } = claim;
    const uploadedAt = this.options.now();
    const guard = { id: document.id, status: 'AWAITING_UPLOAD' as const, uploadClaimedAt: claim.claimedAt };
    const common = { contentType: received.contentType, size: received.blob.size, sha256: received.blob.sha256, uploadedAt, uploadClaimedAt: null };
    if (received.verdict.infected) {
      const reason = received.verdict.signature;
      await this.blobs.delete(received.blob.key);
      const updated = await this.prisma.$transaction(async (tx) => {
        const { count } = await tx.document.updateMany({ where: guard, data: { ...common, status: 'QUARANTINED', quarantineReason: reason } });
        if (count === 0) return false;
        await this.outbox.append(tx, documentQuarantined, {
          subject: { type: DOCUMENT_SUBJECT, id: document.id },
          audience: { userIds: [document.ownerId] },
          payload: { documentId: document.id, ownerId: document.ownerId, fileName: document.fileName, reason, sandbox: document.sandbox },
          at: uploadedAt,
        });
        return true;
      });
      if (!updated) throw new UploadRefusal(409, 'UPLOAD_IN_PROGRESS');
      this.options.logger.warn({ documentId: document.id, reason }, 'upload quarantined');
    } else {
      const { count } = await this.prisma.document.updateMany({ where: guard, data: { ...common, status: 'CLEAN', blobKey: received.blob.key } });
      if (count === 0) {
        // The claim was taken over (this upload outlived UPLOAD_CLAIM_TTL_MS): keep nothing of it.
        await this.blobs.delete(received.blob.key);
        throw new UploadRefusal(409, 'UPLOAD_IN_PROGRESS');
      }
    }
    return this.prisma.document.findUniqueOrThrow({ where: { id: document.id } });
  }
}
