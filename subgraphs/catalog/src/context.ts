import type { SubgraphContext } from '@eco/kit';
import type { CatalogServices } from './services';

export type CatalogContext = SubgraphContext<CatalogServices>;
