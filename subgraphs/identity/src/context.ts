import type { SubgraphContext } from '@eco/kit';
import type { IdentityServices } from './services';

export type IdentityContext = SubgraphContext<IdentityServices>;
