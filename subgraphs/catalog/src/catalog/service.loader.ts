import type { PageWindow } from '@eco/kit';
import type { CatalogContext } from '../context';
import type { DepartmentPageKey, ServicePage, ServiceRow } from './catalog.service';

/** The request's Service-by-id loader: queries, field resolvers and `__resolveReference` share it. */
export function serviceLoader(ctx: CatalogContext) {
  return ctx.loaders.get<string, ServiceRow>('Service.byId', (ids) => ctx.services.catalog.servicesByIds(ids));
}

/** Region codes of each service ([] = every region), batched over a whole page of services. */
export function serviceRegionCodesLoader(ctx: CatalogContext) {
  return ctx.loaders.get<string, string[]>('Service.regionCodes', (ids) =>
    ctx.services.catalog.regionCodesOfServices(ids),
  );
}

// DataLoader caches by key identity, so page keys travel as strings.
const pageKey = (key: DepartmentPageKey) => JSON.stringify([key.departmentId, key.window.offset, key.window.limit]);

function parsePageKey(key: string): DepartmentPageKey {
  const [departmentId, offset, limit] = JSON.parse(key) as [string, number, number];
  const window: PageWindow = { offset, limit };
  return { departmentId, window };
}

/** Department.services for a whole list of departments in a constant number of statements. */
export function departmentServicesLoader(ctx: CatalogContext) {
  const loader = ctx.loaders.get<string, ServicePage>('Department.services', (keys) =>
    ctx.services.catalog.servicesOfDepartments(keys.map(parsePageKey)),
  );
  return {
    load: async (key: DepartmentPageKey): Promise<ServicePage> =>
      (await loader.load(pageKey(key))) ?? { nodes: [], totalCount: 0 },
  };
}
