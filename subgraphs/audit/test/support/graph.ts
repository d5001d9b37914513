import { ANONYMOUS, testClientViewer, testViewer, subgraphExecutor, errorCodes } from '@eco/kit';
import { buildAuditSchema } from '../../src/schema';
import type { AuditServices } from '../../src/services';
import { ADMIN, CITIZEN, EMPLOYEE } from './events';

// Viewers as the kit builds them from verified tokens.
export const admin = testViewer(ADMIN, ['ADMIN']);
export const citizen = testViewer(CITIZEN, ['CITIZEN']);
export const employee = testViewer(EMPLOYEE, ['EMPLOYEE'], 'MVD');
export const apiClient = testClientViewer('00000000-0000-4000-8000-0000000000c1', 'client-1', ['applications:read']);
export { ANONYMOUS };

/** Runs an operation through the full subgraph schema (shield included), as over HTTP but in-process. */
export const execute = subgraphExecutor<AuditServices>(buildAuditSchema);
export { errorCodes };

