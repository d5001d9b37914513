import type { FeedEvent, Logger } from '@eco/kit';
import type { JournalService } from '../journal/journal.service';
import { readEvent } from './event-reader';

export type HandleOutcome = { status: 'appended'; seq: bigint } | { status: 'duplicate' } | { status: 'ignored' } | { status: 'malformed'; reason: string };

/**
 * What every feed consumer of the journal calls for each event. A malformed event is skipped
 * and logged (the chain goes on); a database failure throws, so the consumer retries the same
 * event instead of skipping it.
 */
export class AuditEventHandler {
  constructor(
    private readonly journal: JournalService,
    private readonly logger?: Logger,
  ) {}

  async handle(event: FeedEvent): Promise<HandleOutcome> {
    const reading = readEvent(event);
    if (reading.kind === 'ignored') return { status: 'ignored' };
    if (reading.kind === 'malformed') {
      this.logger?.warn({ eventId: event?.id, type: event?.type, source: event?.source, reason: reading.reason }, 'event not understood; not journalled');
      return { status: 'malformed', reason: reading.reason };
    }
    const outcome = await this.journal.append(reading.record);
    return outcome.status === 'appended' ? { status: 'appended', seq: outcome.entry.seq } : { status: 'duplicate' };
  }
}
