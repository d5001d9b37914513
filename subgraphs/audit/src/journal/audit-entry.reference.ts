import type { AuditContext } from '../context';
import { auditEntryLoader } from '../loaders';

/** `_entities` lookups; every field obeys the AuditEntry rule (administrators only). */
export const auditEntryReference = {
  __resolveReference(reference: { id: string }, ctx: AuditContext) {
    return auditEntryLoader(ctx).load(reference.id);
  },
};
