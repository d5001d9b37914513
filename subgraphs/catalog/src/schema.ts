import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import { ServiceFieldsResolver } from './catalog/service-fields.resolver';
import { serviceReference } from './catalog/service.reference';
import { ServiceResolver } from './catalog/service.resolver';
import { DepartmentResolver } from './departments/department.resolver';
import { departmentReference } from './departments/department.reference';
import { permissions } from './permissions';
import { RegionResolver } from './regions/region.resolver';
import { regionReference } from './regions/region.reference';

/** The catalog subgraph schema; needs no database (print-sdl builds it too). */
export async function buildCatalogSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [ServiceResolver, ServiceFieldsResolver, DepartmentResolver, RegionResolver],
    referenceResolvers: {
      Service: serviceReference,
      Department: departmentReference,
      Region: regionReference,
    },
    permissions,
  });
}
