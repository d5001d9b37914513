import type { AppealRow } from './appeals/appeals.service';
import type { TaxesFinesContext } from './context';
import type { FineRow } from './fines/fines.service';
import type { TaxRow } from './taxes/taxes.service';

/** The request's entity loaders: queries, rules, field resolvers and `__resolveReference` share them. */
export const fineLoader = (ctx: TaxesFinesContext) => ctx.loaders.get<string, FineRow>('Fine.byId', (ids) => ctx.services.fines.byIds(ids));
export const taxLoader = (ctx: TaxesFinesContext) => ctx.loaders.get<string, TaxRow>('TaxAccrual.byId', (ids) => ctx.services.taxes.byIds(ids));
export const appealLoader = (ctx: TaxesFinesContext) => ctx.loaders.get<string, AppealRow>('Appeal.byId', (ids) => ctx.services.appeals.byIds(ids));
export const appealsByFineLoader = (ctx: TaxesFinesContext) =>
  ctx.loaders.get<string, AppealRow[]>('Appeal.byFineId', (ids) => ctx.services.appeals.byFineIds(ids));

/** After a mutation, later reads in the same request must see the new rows. */
export function primeFine(ctx: TaxesFinesContext, row: FineRow): FineRow {
  fineLoader(ctx).clear(row.id).prime(row.id, row);
  appealsByFineLoader(ctx).clear(row.id);
  return row;
}
