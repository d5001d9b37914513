import type { SubgraphContext } from '@eco/kit';
import type { ApplicationsServices } from './services';

export type ApplicationsContext = SubgraphContext<ApplicationsServices>;
