import { ANONYMOUS, Role, type Viewer, subgraphExecutor, errorCodes } from '@eco/kit';
import { buildTaxesFinesSchema } from '../../src/schema';
import type { TaxesFinesServices } from '../../src/services';

// Viewers as the kit builds them from verified tokens.
export const citizen = (userId: string): Viewer => ({ userId, roles: [Role.CITIZEN], departmentId: null, scopes: [], token: 'test' });
export const employee = (userId: string, departmentId: string): Viewer => ({ userId, roles: [Role.EMPLOYEE], departmentId, scopes: [], token: 'test' });
export { ANONYMOUS };

/** Runs an operation through the full subgraph schema (shield included), as over HTTP but in-process. */
export const execute = subgraphExecutor<TaxesFinesServices>(buildTaxesFinesSchema);
export { errorCodes };

