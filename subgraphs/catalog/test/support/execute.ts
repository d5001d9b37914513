import { subgraphExecutor, errorCodes } from '@eco/kit';
import { buildCatalogSchema } from '../../src/schema';
import type { CatalogServices } from '../../src/services';

/** Runs an operation through the full subgraph schema (shield included), as over HTTP but in-process. */
export const execute = subgraphExecutor<CatalogServices>(buildCatalogSchema, { locale: 'ru' });
export { errorCodes };
