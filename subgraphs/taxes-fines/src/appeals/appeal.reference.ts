import type { TaxesFinesContext } from '../context';
import { appealLoader } from '../loaders';

export const appealReference = {
  __resolveReference(reference: { id: string }, ctx: TaxesFinesContext) {
    return appealLoader(ctx).load(reference.id);
  },
};
