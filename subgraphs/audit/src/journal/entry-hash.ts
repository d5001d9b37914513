import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

/** prevHash of the first entry: a fixed constant, so the chain has one well-known start. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields an entry's hash covers: everything stored except prevHash (prepended) and hash. */
export interface HashedFields {
  seq: bigint;
  id: string;
  eventId: string;
  source: string;
  action: string;
  actorId: string | null;
  actorType: string;
  subjectType: string;
  subjectId: string;
  requestId: string | null;
  occurredAt: Date;
  recordedAt: Date;
  details: unknown;
}

/** RFC 8785 (JSON Canonicalization Scheme) text of the fields: key order and spacing fixed. */
export function canonicalFields(fields: HashedFields): string {
  const text = canonicalize({
    seq: fields.seq.toString(),
    id: fields.id,
    eventId: fields.eventId,
    source: fields.source,
    action: fields.action,
    actorId: fields.actorId,
    actorType: fields.actorType,
    subjectType: fields.subjectType,
    subjectId: fields.subjectId,
    requestId: fields.requestId,
    occurredAt: fields.occurredAt.toISOString(),
    recordedAt: fields.recordedAt.toISOString(),
    details: fields.details,
  });
  if (text === undefined) throw new Error('audit entry fields cannot be canonicalized');
  return text;
}

/** sha256(prevHash + canonical JSON of the entry's fields), hex. */
export function entryHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256').update(prevHash).update(canonicalFields(fields)).digest('hex');
}
