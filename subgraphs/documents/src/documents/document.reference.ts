import type { DocumentsContext } from '../context';
import { documentLoader } from '../loaders';

/** Other subgraphs' Document references (Application.attachments); every field still obeys the Document rules. */
export const documentReference = {
  __resolveReference(reference: { id: string }, ctx: DocumentsContext) {
    return documentLoader(ctx).load(reference.id);
  },
};
