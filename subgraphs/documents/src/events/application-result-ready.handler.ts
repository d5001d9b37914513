import type { applicationResultReady, Logger, PayloadOf } from '@eco/kit';
import type { IssuedDocumentsService } from '../issued/issued-documents.service';

/**
 * `application.result_ready` from applications: issues the signed result PDF. Idempotent: one
 * result per application, so a redelivered event finds it and issues nothing.
 */
export class ApplicationResultReadyHandler {
  constructor(
    private readonly issued: IssuedDocumentsService,
    private readonly logger: Logger,
  ) {}

  async handle(result: PayloadOf<typeof applicationResultReady>): Promise<void> {
    const { issued, created } = await this.issued.issue(result);
    if (created) this.logger.info({ issuedDocumentId: issued.id, applicationId: result.applicationId }, 'result document issued');
  }
}
