import { notFound, securityDocumentAdded, securityDocumentChanged, securityDocumentViewed, uniqueViolationOn } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { failure, identityProblem, success, type Outcome } from '../problems';
import { NO_REQUEST, type RequestMeta } from '../security/request-meta';
import type { SecurityEvents } from '../security/security-events';
import {
  normalizeDriverLicence,
  normalizePassportSeries,
  normalizeSnils,
  validateDriverLicence,
  validateInn,
  validatePassport,
  validateSnils,
} from '../validation';
import type { DocumentCipher } from './document-cipher';
import {
  documentAad,
  DOCUMENT_KINDS,
  emptyDocuments,
  type DocumentKind,
  type DocumentPayloads,
  type IdentityDocumentsData,
} from './document-data';

export type PassportFields = Record<'series' | 'number' | 'issueDate' | 'issuerCode' | 'issuedBy', string>;
export interface DriverLicenceFields {
  number: string;
  issueDate: string;
  expiryDate: string;
  categories: string[];
}

/** Numbers a person can sign in with, and which must belong to one account only. */
type LookupKind = 'SNILS' | 'INN';
const TAKEN_CODE = { SNILS: 'SNILS_TAKEN', INN: 'INN_TAKEN' } as const;

/** Identity documents of a user: validated, encrypted at rest, and found by keyed hash only. */
export class DocumentsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly cipher: DocumentCipher,
    private readonly now: () => Date,
    /** Null for the seed: demo data is not something a person did. */
    private readonly events: SecurityEvents | null = null,
  ) {}

  /** One entry per requested user, in order; users without documents get empty ones. */
  async documentsForUsers(userIds: readonly string[]): Promise<IdentityDocumentsData[]> {
    const rows = await this.prisma.identityDocument.findMany({ where: { userId: { in: [...userIds] } } });
    const byUser = new Map(userIds.map((id) => [id, emptyDocuments(id)]));
    for (const row of rows) {
      const documents = byUser.get(row.userId);
      if (!documents) continue;
      const kind = row.kind as DocumentKind;
      documents.documentIds.push({ kind, id: row.id });
      const payload = this.cipher.open<DocumentPayloads[typeof kind]>(row, documentAad(row.userId, kind));
      if (kind === 'SNILS') documents.snils = (payload as DocumentPayloads['SNILS']).number;
      if (kind === 'INN') documents.inn = (payload as DocumentPayloads['INN']).number;
      if (kind === 'PASSPORT') documents.passport = payload as DocumentPayloads['PASSPORT'];
      if (kind === 'DRIVER_LICENCE') documents.driverLicence = payload as DocumentPayloads['DRIVER_LICENCE'];
    }
    // A fixed order, whatever order the rows came in: the journal and tests compare these lists.
    for (const documents of byUser.values()) documents.documentIds.sort((a, b) => DOCUMENT_KINDS.indexOf(a.kind) - DOCUMENT_KINDS.indexOf(b.kind));
    return userIds.map((id) => byUser.get(id) ?? emptyDocuments(id));
  }

  /** The account a SNILS or INN (normalized) is bound to, for sign-in. */
  async userIdByNumber(kind: LookupKind, normalizedNumber: string): Promise<string | null> {
    const row = await this.prisma.identityDocument.findUnique({
      where: { kind_lookupHash: { kind, lookupHash: this.cipher.lookupHash(kind, normalizedNumber) } },
      select: { userId: true },
    });
    return row?.userId ?? null;
  }

  /** The owner was shown their documents in full: one journal entry per request (the resolver batches). */
  async recordViewed(data: IdentityDocumentsData, meta: RequestMeta): Promise<void> {
    if (!this.events || data.documentIds.length === 0) return;
    await this.events.record(securityDocumentViewed, {
      userId: data.userId,
      actorId: data.userId,
      subject: { type: 'Document', id: data.documentIds[0].id },
      details: { documentIds: data.documentIds.map((d) => d.id), kinds: data.documentIds.map((d) => d.kind) },
      meta,
    });
  }

  async setSnils(userId: string, snils: string, meta: RequestMeta = NO_REQUEST): Promise<Outcome<IdentityDocumentsData>> {
    const problems = validateSnils(snils, 'snils');
    if (problems.length > 0) return failure(problems);
    const number = normalizeSnils(snils) as string;
    return this.store(userId, 'SNILS', { number }, meta, { field: 'snils', kind: 'SNILS', number });
  }

  async setInn(userId: string, inn: string, meta: RequestMeta = NO_REQUEST): Promise<Outcome<IdentityDocumentsData>> {
    const problems = validateInn(inn, 'inn', { kind: 'PERSON' });
    if (problems.length > 0) return failure(problems);
    const number = inn.trim();
    return this.store(userId, 'INN', { number }, meta, { field: 'inn', kind: 'INN', number });
  }

  async setPassport(userId: string, input: PassportFields, meta: RequestMeta = NO_REQUEST): Promise<Outcome<IdentityDocumentsData>> {
    const owner = await this.prisma.user.findUnique({ where: { id: userId }, select: { birthDate: true } });
    if (!owner) throw notFound('User', userId);
    const birthDate = owner.birthDate.toISOString().slice(0, 10);
    const problems = validatePassport(input, { birthDate, now: this.now() }, 'passport');
    if (problems.length > 0) return failure(problems);
    return this.store(userId, 'PASSPORT', {
      series: normalizePassportSeries(input.series) as string,
      number: input.number.trim(),
      issueDate: input.issueDate,
      issuerCode: input.issuerCode.trim(),
      issuedBy: input.issuedBy.trim(),
    }, meta);
  }

  async setDriverLicence(userId: string, input: DriverLicenceFields, meta: RequestMeta = NO_REQUEST): Promise<Outcome<IdentityDocumentsData>> {
    const problems = validateDriverLicence(input, { now: this.now() }, 'driverLicence');
    if (problems.length > 0) return failure(problems);
    return this.store(userId, 'DRIVER_LICENCE', {
      number: normalizeDriverLicence(input.number) as string,
      issueDate: input.issueDate,
      expiryDate: input.expiryDate,
      categories: [...new Set(input.categories)],
    }, meta);
  }

  /** Adds or replaces one document, refusing a SNILS/INN bound to someone else. */
  private async store<K extends DocumentKind>(
    userId: string,
    kind: K,
    payload: DocumentPayloads[K],
    meta: RequestMeta,
    unique?: { field: string; kind: LookupKind; number: string },
  ): Promise<Outcome<IdentityDocumentsData>> {
    const lookupHash = unique ? this.cipher.lookupHash(unique.kind, unique.number) : null;
    if (unique && lookupHash) {
      const holder = await this.prisma.identityDocument.findFirst({
        where: { kind: unique.kind, lookupHash, NOT: { userId } },
        select: { id: true },
      });
      if (holder) return failure([identityProblem(unique.field, TAKEN_CODE[unique.kind])]);
    }
    const sealed = this.cipher.seal(payload, documentAad(userId, kind));
    const data = { iv: sealed.iv, authTag: sealed.authTag, ciphertext: sealed.ciphertext, lookupHash };
    try {
      // The document and its journal entry commit together.
      await this.prisma.$transaction(async (tx) => {
        const existing = await tx.identityDocument.findUnique({ where: { userId_kind: { userId, kind } }, select: { id: true } });
        const row = await tx.identityDocument.upsert({
          where: { userId_kind: { userId, kind } },
          create: { userId, kind, ...data },
          update: data,
          select: { id: true },
        });
        await this.events?.append(tx, existing ? securityDocumentChanged : securityDocumentAdded, {
          userId,
          actorId: userId,
          subject: { type: 'Document', id: row.id },
          details: { kind },
          meta,
        });
      });
    } catch (error) {
      // Bound to another account between our check and this write.
      if (unique && uniqueViolationOn(error, ['lookup_hash', 'lookupHash'])?.length) {
        return failure([identityProblem(unique.field, TAKEN_CODE[unique.kind])]);
      }
      throw error;
    }
    return success((await this.documentsForUsers([userId]))[0]);
  }
}
