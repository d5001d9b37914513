import { keysetCondition, keysetOrder, type PageWindow, type SqlSchema } from '@eco/kit';
import { sqltag as sql } from '@prisma/client/runtime/client';
import type { Kindergarten, KindergartenGroup, PrismaClient } from '../generated/prisma/client';
import { ageInMonths, moscowDay } from '../shared/calendar';
import { isUuid } from '../shared/ids';

export type KindergartenRow = Kindergarten;
export type KindergartenGroupRow = KindergartenGroup;

/** By region, then number (the SQL of `search` orders the same way). */
export const KINDERGARTENS_ORDER = keysetOrder<KindergartenRow>('kindergartens', [['regionCode', 'asc'], ['number', 'asc'], ['id', 'asc']]);
const KINDERGARTEN_KEY = [
  { sql: sql`x.region_code`, type: 'text' },
  { sql: sql`x.number`, type: 'int' },
  { sql: sql`x.id`, type: 'uuid' },
] as const;

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
    // The total is counted before the cursor's condition applies.
    const rows = await this.prisma.$queryRaw<{ id: string; total: bigint }[]>`
      SELECT x.id, x.total FROM (SELECT k.id, k.region_code, k.number, count(*) OVER () AS total
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
      ) x
      WHERE ${keysetCondition(KINDERGARTEN_KEY, window)}
      ORDER BY x.region_code, x.number, x.id
      LIMIT ${window.take}`;
    const totalCount = rows.length ? Number(rows[0].total) : await this.countPastTheEnd(filter, window);
    const nodes = await this.byIds(rows.map((row) => row.id));
    return { nodes: nodes.filter((node): node is KindergartenRow => node !== null), totalCount };
  }

  /** A page past the end has no rows to carry the total; count it alone then. */
  private async countPastTheEnd(filter: KindergartenSearch, window: PageWindow): Promise<number> {
    return window.after === null ? 0 : (await this.search(filter, { ...window, after: null, limit: 1, take: 1 })).totalCount;
  }
}
