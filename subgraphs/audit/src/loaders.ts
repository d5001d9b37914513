import type { AuditContext } from './context';
import type { AuditEntryRow } from './journal/journal.service';

/** The request's entry loader: queries and `__resolveReference` share it. */
export const auditEntryLoader = (ctx: AuditContext) =>
  ctx.loaders.get<string, AuditEntryRow>('AuditEntry.byId', (ids) => ctx.services.journal.byIds(ids));
