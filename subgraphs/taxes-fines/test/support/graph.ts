import { ANONYMOUS, DocumentsStandIn, Role, type Viewer, subgraphExecutor, errorCodes } from '@eco/kit';
import { buildTaxesFinesSchema } from '../../src/schema';
import type { TaxesFinesServices } from '../../src/services';

// Viewers as the kit builds them from verified tokens; the token is the one the documents stand-in knows them by.
export const citizen = (userId: string): Viewer => ({ userId, roles: [Role.CITIZEN], departmentId: null, scopes: [], token: DocumentsStandIn.tokenFor(userId) });
export const employee = (userId: string, departmentId: string): Viewer => ({
  userId,
  roles: [Role.EMPLOYEE],
  departmentId,
  scopes: [],
  token: DocumentsStandIn.tokenFor(userId),
});
export { ANONYMOUS };

/** Runs an operation through the full subgraph schema (shield included), as over HTTP but in-process. */
export const execute = subgraphExecutor<TaxesFinesServices>(buildTaxesFinesSchema);
export { errorCodes };

