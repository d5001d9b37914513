import type { CatalogContext } from '../context';
import type { DepartmentRow } from './departments.service';

/** The request's Department-by-id loader: field resolvers and `__resolveReference` share it. */
export function departmentLoader(ctx: CatalogContext) {
  return ctx.loaders.get<string, DepartmentRow>('Department.byId', (ids) =>
    ctx.services.departments.departmentsByIds(ids),
  );
}
