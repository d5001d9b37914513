import type { ActorType } from '../shared/enums';

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

/** How an event is read: recorded, not ours to record, or ours but not understood. */
export type EventReading = { kind: 'record'; record: AuditRecord } | { kind: 'ignored' } | { kind: 'malformed'; reason: string };

export const ignored = (): EventReading => ({ kind: 'ignored' });
export const malformed = (reason: string): EventReading => ({ kind: 'malformed', reason });
export const recorded = (record: AuditRecord): EventReading => ({ kind: 'record', record });
