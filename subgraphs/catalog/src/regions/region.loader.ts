import type { CatalogContext } from '../context';
import type { RegionRow } from './regions.service';

/** The request's Region-by-code loader: field resolvers and `__resolveReference` share it. */
export function regionLoader(ctx: CatalogContext) {
  return ctx.loaders.get<string, RegionRow>('Region.byCode', (codes) => ctx.services.regions.regionsByCodes(codes));
}
