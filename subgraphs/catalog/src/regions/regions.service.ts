import { orderByKeys } from '@eco/kit';
import type { PrismaClient, Region as RegionRow } from '../generated/prisma/client';

export type { RegionRow };

/** Regions (subjects of the federation). Knows nothing of GraphQL. */
export class RegionsService {
  constructor(private readonly prisma: PrismaClient) {}

  /** All regions by code. */
  async listRegions(): Promise<RegionRow[]> {
    return this.prisma.region.findMany({ orderBy: { code: 'asc' } });
  }

  /** Batch lookup for DataLoaders; null for unknown codes. */
  async regionsByCodes(codes: readonly string[]): Promise<(RegionRow | null)[]> {
    const rows = await this.prisma.region.findMany({ where: { code: { in: [...codes] } } });
    return orderByKeys(codes, rows, (row) => row.code);
  }
}
