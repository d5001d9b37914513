import { keysetOrder, type PageWindow } from '@eco/kit';
import type { PrismaClient, School } from '../generated/prisma/client';
import type { Page } from '../kindergartens/kindergartens.service';
import { isUuid } from '../shared/ids';

export type SchoolRow = School;

export interface SchoolSearch {
  regionCode?: string | null;
  district?: string | null;
  /** Only schools whose territory covers this address. */
  address?: string | null;
}

const normalize = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the school's territory covers an address: one of its streets appears in the address as
 * a whole name ("ул. Арбат" covers "Москва, ул. Арбат, д. 10" but not "ул. Арбатская, 3").
 */
export function territoryCovers(territory: readonly string[], address: string | null | undefined): boolean {
  if (!address?.trim()) return false;
  const normalized = normalize(address);
  return territory.some((street) => new RegExp(`(^|[^а-яa-z0-9])${escape(normalize(street))}(?![а-яa-z0-9])`, 'u').test(normalized));
}

export const schoolFreePlaces = (school: SchoolRow): number => Math.max(0, school.firstGradePlaces - school.enrolled);

/** By region, then number. */
export const SCHOOLS_ORDER = keysetOrder<SchoolRow>('schools', [['regionCode', 'asc'], ['number', 'asc'], ['id', 'asc']]);

/** Schools, their territories and first-grade places: public. */
export class SchoolsService {
  constructor(private readonly prisma: PrismaClient) {}

  async byIds(ids: readonly string[]): Promise<(SchoolRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.school.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async search(filter: SchoolSearch, window: PageWindow): Promise<Page<SchoolRow>> {
    const where = {
      ...(filter.regionCode ? { regionCode: filter.regionCode } : {}),
      ...(filter.district ? { district: { equals: filter.district, mode: 'insensitive' as const } } : {}),
    };
    const orderBy = window.order.orderBy;
    const afterCursor = { AND: [where, window.order.after(window.after)] };
    if (!filter.address?.trim()) {
      const [nodes, totalCount] = await Promise.all([
        this.prisma.school.findMany({ where: afterCursor, orderBy, take: window.take }),
        this.prisma.school.count({ where }),
      ]);
      return { nodes, totalCount };
    }
    // Territories are short lists of streets; the match is done here so that it is the same rule
    // as at application time.
    const covers = (school: SchoolRow) => territoryCovers(school.territory, filter.address);
    const [page, all] = await Promise.all([
      this.prisma.school.findMany({ where: afterCursor, orderBy }),
      window.after ? this.prisma.school.findMany({ where, select: { territory: true } }) : null,
    ]);
    const covering = page.filter(covers);
    const totalCount = all ? all.filter((school) => territoryCovers(school.territory, filter.address)).length : covering.length;
    return { nodes: covering.slice(0, window.take), totalCount };
  }
}
