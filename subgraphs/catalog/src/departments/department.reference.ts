import type { CatalogContext } from '../context';
import { departmentLoader } from './department.loader';

export const departmentReference = {
  __resolveReference(reference: { id: string }, ctx: CatalogContext) {
    return departmentLoader(ctx).load(reference.id);
  },
};
