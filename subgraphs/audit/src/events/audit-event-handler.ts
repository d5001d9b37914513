import type { FeedEvent, Logger } from '@eco/kit';
import type { JournalService } from '../journal/journal.service';
import type { JournalEntry } from './audit-record';
import { isIdText, isoMoment, isRequestId, isTypeName, isUuidText } from './event-fields';

export type HandleOutcome = { status: 'appended'; seq: bigint } | { status: 'duplicate' } | { status: 'malformed'; reason: string };

/**
 * What every subscription of the journal calls with an event (its payload checked by its contract)
 * and the entry it makes. Idempotent by event id: a redelivered event appends nothing. An entry the
 * journal cannot index safely (an id that is free text, no time) is skipped and logged, the chain
 * goes on; a database failure throws, so the consumer retries the same event instead of skipping it.
 */
export class AuditEventHandler {
  constructor(
    private readonly journal: JournalService,
    private readonly logger?: Logger,
  ) {}

  async record(event: FeedEvent, entry: JournalEntry): Promise<HandleOutcome> {
    const subject = entry.subject ?? event.subject;
    const occurredAt = isoMoment(entry.occurredAt ?? event.occurredAt);
    const reason = unsafeToIndex(event, entry, subject, occurredAt);
    if (reason || !occurredAt) {
      this.logger?.warn({ eventId: event.id, type: event.type, source: event.source, reason }, 'event not journalled: not safe to index');
      return { status: 'malformed', reason: reason ?? 'occurredAt' };
    }
    const outcome = await this.journal.append({
      eventId: event.id,
      source: event.source,
      action: event.type,
      actorId: entry.actorId,
      actorType: entry.actorType,
      subjectType: subject.type,
      subjectId: subject.id,
      requestId: entry.requestId,
      occurredAt,
      details: entry.details,
    });
    return outcome.status === 'appended' ? { status: 'appended', seq: outcome.entry.seq } : { status: 'duplicate' };
  }
}

/** Why the entry cannot be journalled as it is, or null. */
function unsafeToIndex(event: FeedEvent, entry: JournalEntry, subject: JournalEntry['subject'], occurredAt: Date | null): string | null {
  if (!isUuidText(event.id)) return 'event id';
  if (!isTypeName(subject?.type) || !isIdText(subject?.id)) return 'subject';
  if (entry.actorId !== null && !isIdText(entry.actorId)) return 'actorId';
  if (entry.requestId !== null && !isRequestId(entry.requestId)) return 'requestId';
  if (!occurredAt) return 'occurredAt';
  return null;
}
