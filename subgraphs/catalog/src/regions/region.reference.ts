import type { CatalogContext } from '../context';
import { regionLoader } from './region.loader';

export const regionReference = {
  /** Region has two keys, `code` and `id`, with the same value; a reference carries either. */
  __resolveReference(reference: { code?: string; id?: string }, ctx: CatalogContext) {
    const code = reference.code ?? reference.id;
    return code ? regionLoader(ctx).load(code) : null;
  },
};
