import type { DocumentsContext } from '../context';
import { issuedDocumentLoader } from '../loaders';

/** Other subgraphs' IssuedDocument references; every field still obeys the IssuedDocument rules. */
export const issuedDocumentReference = {
  __resolveReference(reference: { id: string }, ctx: DocumentsContext) {
    return issuedDocumentLoader(ctx).load(reference.id);
  },
};
