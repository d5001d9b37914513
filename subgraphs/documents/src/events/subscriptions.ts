import { applicationResultReady, on, type EventSubscription, type Logger } from '@eco/kit';
import type { DocumentsServices } from '../services';
import { DOCUMENTS_ATTACHED } from './documents-attached.handler';

/** The other subgraphs' events documents reacts to: uploads attached to records, results to issue. */
export function documentsSubscriptions(services: DocumentsServices, _logger: Logger): EventSubscription[] {
  return [
    ...DOCUMENTS_ATTACHED.map((contract) => on(contract, (attached) => services.attachments.handle(attached))),
    on(applicationResultReady, (result) => services.results.handle(result)),
  ];
}
