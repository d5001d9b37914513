import type { SubgraphContext } from '@eco/kit';
import type { AuditServices } from './services';

export type AuditContext = SubgraphContext<AuditServices>;
