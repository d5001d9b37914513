import type { CatalogContext } from '../context';
import { serviceLoader } from './service.loader';

export const serviceReference = {
  __resolveReference(reference: { id: string }, ctx: CatalogContext) {
    return serviceLoader(ctx).load(reference.id);
  },
};
