import type { KeyValue, PageWindow } from '@eco/kit';
import type { CatalogContext } from '../context';
import type { DepartmentPageKey, ServicePage, ServiceRow } from './catalog.service';
import { DEPARTMENT_SERVICES_ORDER } from './service-query';

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
// The cursor's key is (popularity, code): plain JSON.
const pageKey = (key: DepartmentPageKey) => JSON.stringify([key.departmentId, key.window.after, key.window.limit]);

function parsePageKey(key: string): DepartmentPageKey {
  const [departmentId, after, limit] = JSON.parse(key) as [string, KeyValue[] | null, number];
  const window: PageWindow = { after, limit, take: limit + 1, order: DEPARTMENT_SERVICES_ORDER };
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
