import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import { auditEntryReference } from './journal/audit-entry.reference';
import { AuditEntryResolver } from './journal/audit-entry.resolver';
import { permissions } from './permissions';
import { ChainVerificationResolver } from './verification/chain-verification.resolver';

/** The audit subgraph schema; needs no database (print-sdl builds it too). */
export async function buildAuditSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [AuditEntryResolver, ChainVerificationResolver],
    referenceResolvers: { AuditEntry: auditEntryReference },
    permissions,
  });
}
