import { isAdmin, type IRules } from '@eco/kit';

/**
 * Who may do what. Fallback is deny (kit): a field without a rule is closed. The journal is for
 * administrators only: every query, every type (so `_entities` for AuditEntry gives nothing to
 * anyone else either). The kit's isAdmin is `no_cache` (shield's contextual cache would answer
 * for the first list item for all of them).
 */
export const permissions: IRules = {
  Query: {
    auditJournal: isAdmin,
    auditEntry: isAdmin,
    verifyAuditChain: isAdmin,
  },
  AuditEntry: isAdmin,
  AuditEntryConnection: isAdmin,
  AuditEntryEdge: isAdmin,
  AuditChainVerification: isAdmin,
};
