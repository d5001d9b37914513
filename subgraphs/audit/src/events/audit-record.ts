import { ActorType } from '../shared/enums';

/** What one event adds to the journal, before it is numbered and chained. */
export interface AuditRecord {
  eventId: string;
  source: string;
  action: string;
  actorId: string | null;
  actorType: ActorType;
  subjectType: string;
  subjectId: string;
  requestId: string | null;
  occurredAt: Date;
  /** Ids, statuses, amounts: no personal data. */
  details: Record<string, unknown>;
}

/**
 * What a producer's event says for the journal (src/events/<producer> files); the event gives the
 * rest: its id, producer, type (the action), subject and time unless these say otherwise.
 */
export interface JournalEntry {
  actorId: string | null;
  actorType: ActorType;
  /** The x-request-id of the request that caused it (null: not from a request, or not told). */
  requestId: string | null;
  /** Ids, statuses, amounts, codes: never names, contacts, document numbers or free text. */
  details: Record<string, unknown>;
  /** When it happened, if the payload says (ISO-8601); default: the event's occurredAt. */
  occurredAt?: string;
  /** Default: the event's subject. */
  subject?: { type: string; id: string };
}

/** What the portal did by itself (a reminder sent, a scan's verdict, a document issued): no actor, no request. */
export const bySystem = (details: Record<string, unknown>, occurredAt?: string): JournalEntry => ({
  actorId: null,
  actorType: ActorType.SYSTEM,
  requestId: null,
  details,
  ...(occurredAt ? { occurredAt } : {}),
});
