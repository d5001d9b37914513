import type { PageWindow, SqlSchema } from '@eco/kit';
import type { Kindergarten, KindergartenGroup, PrismaClient } from '../generated/prisma/client';
import { ageInMonths, moscowDay } from '../shared/calendar';
import { isUuid } from '../shared/ids';

export type KindergartenRow = Kindergarten;
export type KindergartenGroupRow = KindergartenGroup;

export interface Page<T> {
  nodes: T[];
  totalCount: number;
}

export interface KindergartenSearch {
  regionCode?: string | null;
  district?: string | null;
  type?: string | null;
  language?: string | null;
  /** Only kindergartens with a group for a child born on this day (age on `onDate`). */
  childBirthDate?: Date | null;
  /** The day the age is counted on (default: today, Moscow time). */
  onDate?: Date | null;
  /** Only kindergartens with a free place (in the child's group, when a birth date is given). */
  withFreePlaces?: boolean | null;
}

export const freePlaces = (group: KindergartenGroupRow): number => Math.max(0, group.capacity - group.enrolled - group.reserved);

/** The group a child of `ageMonths` belongs in, among one kindergarten's groups. */
export function groupForAge(groups: readonly KindergartenGroupRow[], ageMonths: number): KindergartenGroupRow | null {
  return groups.find((group) => group.ageFromMonths <= ageMonths && ageMonths < group.ageToMonths) ?? null;
}

/** Kindergartens and their age groups: public, read-only here (places change with the queue). */
export class KindergartensService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlSchema,
    private readonly now: () => Date,
  ) {}

  async byIds(ids: readonly string[]): Promise<(KindergartenRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.kindergarten.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async groupsByIds(ids: readonly string[]): Promise<(KindergartenGroupRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.kindergartenGroup.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Batch: each kindergarten's groups, youngest first. */
  async groupsByKindergartenIds(ids: readonly string[]): Promise<KindergartenGroupRow[][]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await this.prisma.kindergartenGroup.findMany({ where: { kindergartenId: { in: valid } }, orderBy: [{ ageFromMonths: 'asc' }, { id: 'asc' }] })
      : [];
    return ids.map((id) => rows.filter((row) => row.kindergartenId === id));
  }

  /** Search by region, district, type, language, the child's age and free places; by number. */
  async search(filter: KindergartenSearch, window: PageWindow): Promise<Page<KindergartenRow>> {
    const ageMonths = filter.childBirthDate ? ageInMonths(filter.childBirthDate, filter.onDate ?? moscowDay(this.now())) : null;
    const k = this.sql.qualified('kindergarten');
    const g = this.sql.qualified('kindergarten_group');
    const rows = await this.prisma.$queryRaw<{ id: string; total: bigint }[]>`
      SELECT k.id, count(*) OVER () AS total
      FROM ${k} k
      WHERE (${filter.regionCode ?? null}::text IS NULL OR k.region_code = ${filter.regionCode ?? null})
        AND (${filter.district ?? null}::text IS NULL OR lower(k.district) = lower(${filter.district ?? null}))
        AND (${filter.type ?? null}::text IS NULL OR k.type::text = ${filter.type ?? null})
        AND (${filter.language ?? null}::text IS NULL OR lower(k.language) = lower(${filter.language ?? null}))
        AND EXISTS (
          SELECT 1 FROM ${g} g
          WHERE g.kindergarten_id = k.id
            AND (${ageMonths}::int IS NULL OR (g.age_from_months <= ${ageMonths} AND ${ageMonths} < g.age_to_months))
            AND (NOT ${Boolean(filter.withFreePlaces)} OR g.capacity - g.enrolled - g.reserved > 0)
        )
      ORDER BY k.region_code, k.number, k.id
      OFFSET ${window.offset} LIMIT ${window.limit}`;
    const totalCount = rows.length ? Number(rows[0].total) : await this.countPastTheEnd(filter, window.offset);
    const nodes = await this.byIds(rows.map((row) => row.id));
    return { nodes: nodes.filter((node): node is KindergartenRow => node !== null), totalCount };
  }

  /** A page past the end has no rows to carry the total; count it alone then. */
  private async countPastTheEnd(filter: KindergartenSearch, offset: number): Promise<number> {
    return offset === 0 ? 0 : (await this.search(filter, { offset: 0, limit: 1 })).totalCount;
  }
}
