import { SqlSchema } from '@eco/kit';
import { CatalogService } from './catalog/catalog.service';
import { DepartmentsService } from './departments/departments.service';
import type { PrismaClient } from './generated/prisma/client';
import { RegionsService } from './regions/regions.service';

export interface CatalogServices {
  catalog: CatalogService;
  departments: DepartmentsService;
  regions: RegionsService;
}

/**
 * What resolvers reach as `ctx.services`. `dbSchema` is the PostgreSQL schema the Prisma client
 * is bound to: raw search SQL must name it itself.
 */
export function createCatalogServices(prisma: PrismaClient, dbSchema: string): CatalogServices {
  return {
    catalog: new CatalogService(prisma, new SqlSchema(dbSchema)),
    departments: new DepartmentsService(prisma),
    regions: new RegionsService(prisma),
  };
}
