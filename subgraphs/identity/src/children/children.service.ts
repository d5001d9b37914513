import { securityChildAdded, securityChildRemoved, uniqueViolationOn } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import type { DocumentCipher } from '../documents/document-cipher';
import { failure, identityProblem, success, type IdentityProblem, type Outcome } from '../problems';
import { NO_REQUEST, type RequestMeta } from '../security/request-meta';
import type { SecurityEvents } from '../security/security-events';
import { ageOn, normalizeBirthCertificateSeries, validateBirthCertificate, validateBirthDate, validatePersonName } from '../validation';

export type Sex = 'MALE' | 'FEMALE';

/** The certificate as encrypted: canonical series ("IV-МЮ"), six digits, issue date `YYYY-MM-DD`. */
export interface BirthCertificateData {
  series: string;
  number: string;
  issueDate: string;
}

/** A child as the service hands it out: decrypted, birth date as `YYYY-MM-DD`. */
export interface ChildRecord {
  id: string;
  parentId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  sex: Sex;
  birthCertificate: BirthCertificateData;
  createdAt: Date;
}

export interface ChildFields {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate: string;
  sex: Sex;
  birthCertificate: { series: string; number: string; issueDate: string };
}

/** Children are minors: from 18 a person has their own account. */
const ADULT_AGE = 18;
const CERTIFICATE_KIND = 'BIRTH_CERTIFICATE';

/** Associated data binding a certificate's ciphertext to its child row. */
const certificateAad = (childId: string): string => `${childId}:${CERTIFICATE_KIND}`;

/**
 * A parent's children (family). Each child belongs to the account that added it; the birth
 * certificate is validated, then stored only encrypted with the identity documents key.
 */
export class ChildrenService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly cipher: DocumentCipher,
    private readonly now: () => Date,
    /** Null for the seed: demo data is not something a person did. */
    private readonly events: SecurityEvents | null = null,
  ) {}

  async byIds(ids: readonly string[]): Promise<(ChildRecord | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.child.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, this.open(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Batch: each parent's children, eldest first. */
  async byParentIds(parentIds: readonly string[]): Promise<ChildRecord[][]> {
    const rows = await this.prisma.child.findMany({
      where: { parentId: { in: parentIds.filter(isUuid) } },
      orderBy: [{ birthDate: 'asc' }, { id: 'asc' }],
    });
    const children = rows.map((row) => this.open(row));
    return parentIds.map((id) => children.filter((child) => child.parentId === id));
  }

  /** Every problem with the input at once; nothing is stored when there is any. */
  async add(parentId: string, fields: ChildFields, options: { id?: string; meta?: RequestMeta } = {}): Promise<Outcome<ChildRecord>> {
    const problems = this.validate(fields);
    if (problems.length > 0) return failure(problems);
    const certificate = {
      series: normalizeBirthCertificateSeries(fields.birthCertificate.series) as string,
      number: fields.birthCertificate.number.trim(),
      issueDate: fields.birthCertificate.issueDate,
    };
    const id = options.id ?? randomUUID();
    const sealed = this.cipher.seal(certificate, certificateAad(id));
    try {
      const row = await this.prisma.$transaction(async (tx) => {
        const created = await tx.child.create({
          data: {
            id,
            parentId,
            lastName: fields.lastName.trim(),
            firstName: fields.firstName.trim(),
            middleName: fields.middleName?.trim() || null,
            birthDate: new Date(`${fields.birthDate}T00:00:00Z`),
            sex: fields.sex,
            certificateIv: sealed.iv,
            certificateAuthTag: sealed.authTag,
            certificateCiphertext: sealed.ciphertext,
            certificateLookupHash: this.certificateHash(certificate),
          },
        });
        await this.events?.append(tx, securityChildAdded, {
          userId: parentId,
          actorId: parentId,
          subject: { type: 'Child', id: created.id },
          meta: options.meta ?? NO_REQUEST,
        });
        return created;
      });
      return success(this.open(row));
    } catch (error) {
      if (uniqueViolationOn(error, ['certificate_lookup_hash', 'certificateLookupHash'])?.length) {
        return failure([identityProblem('birthCertificate.number', 'CHILD_ALREADY_ADDED')]);
      }
      throw error;
    }
  }

  /** Seeds: whether a child with this id exists already. */
  async exists(id: string): Promise<boolean> {
    return (await this.prisma.child.count({ where: { id } })) > 0;
  }

  /** Only the parent's own child; anyone else's is "not found" (its existence is not revealed). */
  async remove(parentId: string, childId: string, meta: RequestMeta = NO_REQUEST): Promise<Outcome<string>> {
    if (!isUuid(childId)) return failure([identityProblem('childId', 'CHILD_NOT_FOUND')]);
    const count = await this.prisma.$transaction(async (tx) => {
      const removed = await tx.child.deleteMany({ where: { id: childId, parentId } });
      if (removed.count === 1) {
        await this.events?.append(tx, securityChildRemoved, { userId: parentId, actorId: parentId, subject: { type: 'Child', id: childId }, meta });
      }
      return removed.count;
    });
    return count === 1 ? success(childId) : failure([identityProblem('childId', 'CHILD_NOT_FOUND')]);
  }

  private validate(fields: ChildFields): IdentityProblem[] {
    const at = this.now();
    const problems: IdentityProblem[] = [
      ...validatePersonName(fields.lastName, 'lastName'),
      ...validatePersonName(fields.firstName, 'firstName'),
      ...validatePersonName(fields.middleName, 'middleName', { required: false }),
    ];
    const birthProblems = validateBirthDate(fields.birthDate, 'birthDate', at);
    problems.push(...birthProblems);
    const birthValid = birthProblems.length === 0;
    if (birthValid && ageOn(fields.birthDate, at) >= ADULT_AGE) problems.push(identityProblem('birthDate', 'CHILD_NOT_MINOR'));
    problems.push(
      ...validateBirthCertificate(fields.birthCertificate, { childBirthDate: birthValid ? fields.birthDate : null, now: at }, 'birthCertificate'),
    );
    return problems;
  }

  private certificateHash(certificate: BirthCertificateData): string {
    return this.cipher.lookupHash(CERTIFICATE_KIND, `${certificate.series} ${certificate.number}`);
  }

  private open(row: {
    id: string;
    parentId: string;
    lastName: string;
    firstName: string;
    middleName: string | null;
    birthDate: Date;
    sex: Sex;
    certificateIv: Uint8Array;
    certificateAuthTag: Uint8Array;
    certificateCiphertext: Uint8Array;
    createdAt: Date;
  }): ChildRecord {
    const birthCertificate = this.cipher.open<BirthCertificateData>(
      { iv: row.certificateIv as Uint8Array<ArrayBuffer>, authTag: row.certificateAuthTag as Uint8Array<ArrayBuffer>, ciphertext: row.certificateCiphertext as Uint8Array<ArrayBuffer> },
      certificateAad(row.id),
    );
    return {
      id: row.id,
      parentId: row.parentId,
      lastName: row.lastName,
      firstName: row.firstName,
      middleName: row.middleName,
      birthDate: row.birthDate.toISOString().slice(0, 10),
      sex: row.sex,
      birthCertificate,
      createdAt: row.createdAt,
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs; anything else cannot exist and must not reach a uuid column. */
const isUuid = (value: string): boolean => UUID.test(value);
