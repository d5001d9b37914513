import type { SubgraphContext } from '@eco/kit';
import type { TaxesFinesServices } from './services';

export type TaxesFinesContext = SubgraphContext<TaxesFinesServices>;
