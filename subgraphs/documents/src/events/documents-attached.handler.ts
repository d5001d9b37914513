import { DOCUMENTS_ATTACHED_EVENT, readDocumentsAttached, type FeedEvent, type Logger } from '@eco/kit';
import type { DocumentsService } from '../documents/documents.service';

/**
 * `documents.attached` from applications, education or taxes-fines: a record of theirs took the
 * person's uploads, so the department's employees may read them from now on and they are no
 * longer swept. Idempotent: linking is a no-op the second time.
 */
export class DocumentsAttachedHandler {
  readonly type = DOCUMENTS_ATTACHED_EVENT;

  constructor(
    private readonly documents: DocumentsService,
    private readonly logger: Logger,
  ) {}

  async handle(event: FeedEvent): Promise<void> {
    const payload = readDocumentsAttached(event.payload);
    if (!payload) {
      // Skipped, not retried: a payload that does not read now never will.
      this.logger.warn({ eventId: event.id, source: event.source }, 'documents.attached payload not understood; skipped');
      return;
    }
    await this.documents.attach(payload);
  }
}
