import { ANONYMOUS, Role, type Viewer, subgraphExecutor, errorCodes } from '@eco/kit';
import { buildEducationSchema } from '../../src/schema';
import type { EducationServices } from '../../src/services';

// Viewers as the kit builds them from verified tokens.
export const citizen = (userId: string, token = 'test'): Viewer => ({ userId, roles: [Role.CITIZEN], departmentId: null, scopes: [], token });
export const employee = (userId: string, departmentId: string): Viewer => ({ userId, roles: [Role.EMPLOYEE], departmentId, scopes: [], token: 'test' });
export { ANONYMOUS };

/** Runs an operation through the full subgraph schema (shield included), as over HTTP but in-process. */
export const execute = subgraphExecutor<EducationServices>(buildEducationSchema);
export { errorCodes };

