// One declaration for every producer of documents.attached (documentsAttachedBy): the same name and payload.
import {
  applicationDocumentsAttached,
  fineAppealDocumentsAttached,
  kindergartenApplicationDocumentsAttached,
  type PayloadOf,
} from '@eco/kit';
import type { DocumentsService } from '../documents/documents.service';

/** The departments whose records take uploads: applications, kindergarten benefits, fine appeals. */
export const DOCUMENTS_ATTACHED = [applicationDocumentsAttached, kindergartenApplicationDocumentsAttached, fineAppealDocumentsAttached] as const;

/**
 * `documents.attached` from applications, education or taxes-fines: a record of theirs took the
 * person's uploads, so the department's employees may read them from now on and they are no
 * longer swept. Idempotent: linking is a no-op the second time.
 */
export class DocumentsAttachedHandler {
  constructor(private readonly documents: DocumentsService) {}

  async handle(attached: PayloadOf<typeof applicationDocumentsAttached>): Promise<number> {
    return this.documents.attach(attached);
  }
}
