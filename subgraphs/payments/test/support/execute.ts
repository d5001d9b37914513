import { subgraphExecutor, errorCodes } from '@eco/kit';
import { buildPaymentsSchema } from '../../src/schema';
import type { PaymentsServices } from '../../src/services';

/** Runs an operation through the full subgraph schema (shield included), as over HTTP but in-process. */
export const execute = subgraphExecutor<PaymentsServices>(buildPaymentsSchema, { locale: 'ru' });
export { errorCodes };

