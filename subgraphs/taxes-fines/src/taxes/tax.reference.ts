import type { TaxesFinesContext } from '../context';
import { taxLoader } from '../loaders';

/** payments' `_entities` lookups; every field obeys the TaxAccrual rules (owner only). */
export const taxReference = {
  __resolveReference(reference: { id: string }, ctx: TaxesFinesContext) {
    return taxLoader(ctx).load(reference.id);
  },
};
