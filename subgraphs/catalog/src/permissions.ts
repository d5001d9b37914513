import { allow, openUnlessApiClientWithout, type IRules } from '@eco/kit';

/**
 * The catalog is public: anyone, signed in or not, may browse services, departments and
 * regions. Every type and root field is still listed, because the shield denies anything
 * without a rule; a new field stays closed until it is added here.
 */
const isPublicCatalog = allow;

/** Third-party API clients read the catalogue only with the `catalog:read` scope. */
const isPublicCatalogQuery = openUnlessApiClientWithout('catalog:read');

export const permissions: IRules = {
  Query: {
    services: isPublicCatalogQuery,
    service: isPublicCatalogQuery,
    departments: isPublicCatalogQuery,
    department: isPublicCatalogQuery,
    regions: isPublicCatalogQuery,
  },
  Service: isPublicCatalog,
  ServiceConnection: isPublicCatalog,
  ServiceEdge: isPublicCatalog,
  Department: isPublicCatalog,
  Region: isPublicCatalog,
};
