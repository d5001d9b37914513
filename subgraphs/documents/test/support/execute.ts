import { errorCodes, subgraphExecutor } from '@eco/kit';
import { buildDocumentsSchema } from '../../src/schema';
import type { DocumentsServices } from '../../src/services';

/** Runs an operation through the full subgraph schema (shield included), as over HTTP but in-process. */
export const execute = subgraphExecutor<DocumentsServices>(buildDocumentsSchema, { locale: 'en' });
export { errorCodes };
