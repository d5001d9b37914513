import { APPLICATION_RESULT_READY_EVENT, readApplicationResultReady, type FeedEvent, type Logger } from '@eco/kit';
import type { IssuedDocumentsService } from '../issued/issued-documents.service';

/**
 * `application.result_ready` from applications: issues the signed result PDF. Idempotent: one
 * result per application, so a redelivered event finds it and issues nothing.
 */
export class ApplicationResultReadyHandler {
  readonly type = APPLICATION_RESULT_READY_EVENT;

  constructor(
    private readonly issued: IssuedDocumentsService,
    private readonly logger: Logger,
  ) {}

  async handle(event: FeedEvent): Promise<void> {
    const payload = readApplicationResultReady(event.payload);
    if (!payload) {
      this.logger.warn({ eventId: event.id, source: event.source }, 'application.result_ready payload not understood; skipped');
      return;
    }
    const { issued, created } = await this.issued.issue(payload);
    if (created) this.logger.info({ issuedDocumentId: issued.id, applicationId: payload.applicationId }, 'result document issued');
  }
}
