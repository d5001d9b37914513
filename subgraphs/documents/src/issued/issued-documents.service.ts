import { documentIssued, documentRevoked, hasRole, Role, type applicationResultReady, type Logger, type Outbox, type PayloadOf, type Viewer } from '@eco/kit';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { ISSUED_DOCUMENT_SUBJECT } from '../events/document-events';
import type { IssuedDocument, PrismaClient } from '../generated/prisma/client';
import { signDigest, verifyDigest, type DocumentSigningJwk, type DocumentSigningKey } from '../keys/document-signing-key';
import { failure, problem, success, type Outcome } from '../problems';
import { isUuid } from '../shared/ids';
import type { BlobStore } from '../storage/blob-store';
import { maskRecipientName } from './recipient-mask';
import { renderResultPdf } from './result-pdf';

export type IssuedDocumentRow = IssuedDocument;

export const MAX_REVOCATION_REASON = 500;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** What a verifier (anyone, no sign-in) learns about a document: nothing that names the recipient in full. */
export interface IssuedDocumentSummary {
  number: string;
  title: string;
  recipient: string;
  issuedAt: Date;
  departmentName: string;
  revoked: boolean;
  revokedAt: Date | null;
}

export interface Verification {
  /** Issued by the portal, its signature checks out with the published key, and not revoked. */
  valid: boolean;
  issuedDocument: IssuedDocumentSummary | null;
}

export interface IssuedDocumentsOptions {
  signingKey: DocumentSigningKey;
  /** The portal's origin: the QR code on each result links to `<origin>/verify?id=<id>`. */
  portalOrigin: string;
  now: () => Date;
  logger: Logger;
}

/** Results the portal issues: rendered, signed, stored, verified and (rarely) revoked. */
export class IssuedDocumentsService {
  private keyPublished: Promise<void> | null = null;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: Outbox,
    private readonly blobs: BlobStore,
    private readonly options: IssuedDocumentsOptions,
  ) {}

  /** Records the current key's public half, so the JWKS keeps it after any later key change. */
  ensureKeyPublished(): Promise<void> {
    const { kid, jwk } = this.options.signingKey;
    this.keyPublished ??= this.prisma.signingKey
      .upsert({ where: { kid }, create: { kid, jwk: { ...jwk }, createdAt: this.options.now() }, update: {} })
      .then(() => undefined)
      .catch((error: unknown) => {
        this.keyPublished = null;
        throw error;
      });
    return this.keyPublished;
  }

  /** Every key that ever signed a result, newest first (the body of /documents/signing-keys.json). */
  async signingKeys(): Promise<{ keys: DocumentSigningJwk[] }> {
    await this.ensureKeyPublished();
    const rows = await this.prisma.signingKey.findMany({ orderBy: { createdAt: 'desc' } });
    return { keys: rows.map((row) => row.jwk as unknown as DocumentSigningJwk) };
  }

  /**
   * `application.result_ready` → the signed PDF, stored, with `document.issued` in the same
   * transaction as its record. One result per application: a replay (or a concurrent second
   * delivery) returns the one already issued and stores nothing more.
   */
  async issue(facts: PayloadOf<typeof applicationResultReady>): Promise<{ issued: IssuedDocumentRow; created: boolean }> {
    const existing = await this.prisma.issuedDocument.findUnique({ where: { applicationId: facts.applicationId } });
    if (existing) return { issued: existing, created: false };
    await this.ensureKeyPublished();
    const id = randomUUID();
    const issuedAt = this.options.now();
    const number = `ED-${facts.number}`;
    const { signingKey } = this.options;
    const pdf = await renderResultPdf({
      number,
      serviceTitle: facts.serviceTitle,
      applicationNumber: facts.number,
      applicantName: facts.applicantName,
      decision: facts.decision,
      departmentName: facts.departmentName,
      issuedAt,
      verificationUrl: `${this.options.portalOrigin}/verify?id=${id}`,
      keyId: signingKey.kid,
      sandbox: facts.sandbox,
    });
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const blob = await this.blobs.put(Readable.from([pdf]));
    try {
      const issued = await this.prisma.$transaction(async (tx) => {
        // ON CONFLICT DO NOTHING: a concurrent delivery of the same event that got there first wins.
        const { count } = await tx.issuedDocument.createMany({
          skipDuplicates: true,
          data: {
            id,
            number,
            applicationId: facts.applicationId,
            applicationNumber: facts.number,
            recipientId: facts.applicantId,
            recipientName: facts.applicantName,
            title: facts.serviceTitle,
            departmentId: facts.departmentId,
            departmentName: facts.departmentName,
            decision: facts.decision,
            fileName: `${number}.pdf`,
            size: blob.size,
            sha256,
            signature: signDigest(signingKey, sha256),
            keyId: signingKey.kid,
            blobKey: blob.key,
            issuedAt,
            sandbox: facts.sandbox,
          },
        });
        if (count === 0) return null;
        await this.outbox.append(tx, documentIssued, {
          subject: { type: ISSUED_DOCUMENT_SUBJECT, id },
          audience: { userIds: [facts.applicantId] },
          payload: {
            issuedDocumentId: id,
            applicationId: facts.applicationId,
            recipientId: facts.applicantId,
            number,
            applicationNumber: facts.number,
            title: facts.serviceTitle,
            sandbox: facts.sandbox,
          },
          at: issuedAt,
        });
        return tx.issuedDocument.findUniqueOrThrow({ where: { id } });
      });
      if (issued) return { issued, created: true };
    } catch (error) {
      await this.blobs.delete(blob.key);
      throw error;
    }
    await this.blobs.delete(blob.key);
    return { issued: await this.prisma.issuedDocument.findUniqueOrThrow({ where: { applicationId: facts.applicationId } }), created: false };
  }

  async byIds(ids: readonly string[]): Promise<(IssuedDocumentRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.issuedDocument.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async byApplicationIds(applicationIds: readonly string[]): Promise<(IssuedDocumentRow | null)[]> {
    const rows = await this.prisma.issuedDocument.findMany({ where: { applicationId: { in: [...applicationIds] } } });
    const byApplication = new Map(rows.map((row) => [row.applicationId, row]));
    return applicationIds.map((id) => byApplication.get(id) ?? null);
  }

  /** By the file's SHA-256 (hex, any case): also proves the bytes are the ones issued. */
  async verifyBySha256(sha256: string): Promise<Verification> {
    const hex = sha256.trim().toLowerCase();
    if (!SHA256_HEX.test(hex)) return { valid: false, issuedDocument: null };
    return this.verificationOf(await this.prisma.issuedDocument.findUnique({ where: { sha256: hex } }));
  }

  /** By id (the QR code on the PDF): whether the portal issued that document and it is in force. */
  async verifyById(id: string): Promise<Verification> {
    return this.verificationOf(isUuid(id) ? await this.prisma.issuedDocument.findUnique({ where: { id } }) : null);
  }

  private async verificationOf(row: IssuedDocumentRow | null): Promise<Verification> {
    if (!row) return { valid: false, issuedDocument: null };
    const key = await this.prisma.signingKey.findUnique({ where: { kid: row.keyId } });
    // The stored signature is checked too: a record edited in the database does not verify.
    const signed = key !== null && verifyDigest(key.jwk as unknown as DocumentSigningJwk, row.sha256, row.signature);
    return {
      valid: signed && row.revokedAt === null,
      issuedDocument: {
        number: row.number,
        title: row.title,
        recipient: maskRecipientName(row.recipientName),
        issuedAt: row.issuedAt,
        departmentName: row.departmentName,
        revoked: row.revokedAt !== null,
        revokedAt: row.revokedAt,
      },
    };
  }

  /**
   * Withdraws a result (issued by mistake, or the decision was overturned): it stays readable by
   * its recipient but no longer verifies. By an employee of the issuing department or an
   * administrator; another department's result is ISSUED_DOCUMENT_NOT_FOUND, as a missing one.
   */
  async revoke(actor: Viewer & { userId: string }, input: { id: string; reason: string }): Promise<Outcome<IssuedDocumentRow>> {
    const reason = input.reason?.trim() ?? '';
    if (!reason || reason.length > MAX_REVOCATION_REASON) return failure([problem('reason', 'REASON_REQUIRED')]);
    const [row] = await this.byIds([input.id]);
    if (!row || (!hasRole(actor, Role.ADMIN) && row.departmentId !== actor.departmentId)) return failure([problem('id', 'ISSUED_DOCUMENT_NOT_FOUND')]);
    if (row.revokedAt) return failure([problem('id', 'ALREADY_REVOKED')]);
    const revokedAt = this.options.now();
    const revoked = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.issuedDocument.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt, revocationReason: reason } });
      if (count === 0) return null;
      await this.outbox.append(tx, documentRevoked, {
        subject: { type: ISSUED_DOCUMENT_SUBJECT, id: row.id },
        audience: { userIds: [row.recipientId] },
        payload: { issuedDocumentId: row.id, applicationId: row.applicationId, recipientId: row.recipientId, number: row.number, actorId: actor.userId, at: revokedAt.toISOString() },
        at: revokedAt,
      });
      return tx.issuedDocument.findUniqueOrThrow({ where: { id: row.id } });
    });
    return revoked ? success(revoked) : failure([problem('id', 'ALREADY_REVOKED')]);
  }
}
