import { allow, type IRules } from '@eco/kit';

/**
 * The catalog is public: anyone, signed in or not, may browse services, departments and
 * regions. Every type and root field is still listed, because the shield denies anything
 * without a rule; a new field stays closed until it is added here.
 */
const isPublicCatalog = allow;

export const catalogPermissions: IRules = {
  Query: {
    services: isPublicCatalog,
    service: isPublicCatalog,
    departments: isPublicCatalog,
    department: isPublicCatalog,
    regions: isPublicCatalog,
  },
  Service: isPublicCatalog,
  ServiceConnection: isPublicCatalog,
  ServiceEdge: isPublicCatalog,
  Department: isPublicCatalog,
  Region: isPublicCatalog,
};
