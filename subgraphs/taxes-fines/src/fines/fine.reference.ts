import type { TaxesFinesContext } from '../context';
import { fineLoader } from '../loaders';

/** payments' `_entities` lookups (forwarding the citizen's token); every field obeys the Fine rules. */
export const fineReference = {
  __resolveReference(reference: { id: string }, ctx: TaxesFinesContext) {
    return fineLoader(ctx).load(reference.id);
  },
};
