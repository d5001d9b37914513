import { keysetCondition, keysetOrder, type KeysetColumn, type KeysetOrder, type KeyValue, type Locale, type PageWindow, type SortDirection, type SqlSchema } from '@eco/kit';
import { Prisma, type GovernmentLevel, type ServiceCategory } from '../generated/prisma/client';
import { ONLINE_CATEGORIES } from './online';

export type ServiceSort = 'RELEVANCE' | 'POPULARITY' | 'TITLE';

export interface ServiceFilterValues {
  category?: ServiceCategory | null;
  departmentId?: string | null;
  level?: GovernmentLevel | null;
  regionCode?: string | null;
  online?: boolean | null;
}

/** A validated list request: `search` trimmed and non-empty or null, `order` already defaulted. */
export interface ServiceListSpec {
  search: string | null;
  filter: ServiceFilterValues;
  order: ServiceSort;
  locale: Locale;
  window: PageWindow;
}

/**
 * A typo still finds its title: pg_trgm's word_similarity of the query against the closest
 * stretch of a title must reach this. «пасспорт» vs «замена паспорта…» scores 0.6, a missing
 * letter in a long word («водитльское») about 0.53. Look-alike words pass too («водительское»
 * vs «родительской» 0.62); they rank in the lowest tier, below every full-text match.
 * The function form is used, not the `%>` operator: that compares with the session setting
 * pg_trgm.word_similarity_threshold, 0.6 by default (where «пасспорт» passes only by float
 * rounding) and changeable only by a SET, one more statement in a transaction. The function
 * cannot use the trigram indexes; at a few hundred services the sequential scan takes ~5 ms.
 */
export const TITLE_SIMILARITY_THRESHOLD = 0.5;

// Weights {D, C, B, A}: title (A) counts most, description (B) less, section (C) little.
const RANK_WEIGHTS = Prisma.sql`'{0.05, 0.2, 0.4, 1.0}'::float4[]`;

const TITLE_SIMILARITY = Prisma.sql`greatest(public.word_similarity(q.raw, lower(s.title_ru)),
  public.word_similarity(q.raw, lower(s.title_en)))`;

function filterConditions(schema: SqlSchema, filter: ServiceFilterValues): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.category) conditions.push(Prisma.sql`s.category = ${filter.category}::${schema.qualified('ServiceCategory')}`);
  if (filter.level) conditions.push(Prisma.sql`s.level = ${filter.level}::${schema.qualified('GovernmentLevel')}`);
  if (filter.departmentId) conditions.push(Prisma.sql`s.department_id = ${filter.departmentId}`);
  if (filter.regionCode) {
    const serviceRegion = schema.qualified('service_region');
    // No region rows means "every region" (see schema.prisma).
    conditions.push(Prisma.sql`(NOT EXISTS (SELECT 1 FROM ${serviceRegion} sr WHERE sr.service_id = s.id)
      OR EXISTS (SELECT 1 FROM ${serviceRegion} sr WHERE sr.service_id = s.id AND sr.region_code = ${filter.regionCode}))`);
  }
  if (filter.online != null) {
    // The rule of online.ts, in SQL.
    const categories = Prisma.join(ONLINE_CATEGORIES.map((category) => Prisma.sql`${category}::${schema.qualified('ServiceCategory')}`));
    const online = Prisma.sql`(s.online_only OR s.category IN (${categories}))`;
    conditions.push(filter.online ? online : Prisma.sql`NOT ${online}`);
  }
  return conditions;
}

function whereClause(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

function titleOrder(locale: Locale): Prisma.Sql {
  // Case-insensitive code-point order, the same whatever the database's default collation:
  // Cyrillic and Latin letters are in alphabetical order in Unicode (only «ё» sorts last).
  return locale === 'en' ? Prisma.sql`lower(s.title_en) COLLATE "C"` : Prisma.sql`lower(s.title_ru) COLLATE "C"`;
}

type SortKey = 'tier' | 'rank' | 'popularity' | 'title' | 'code';

/** Each order's sort key, ending with the unique code: RELEVANCE needs a search (see effectiveSort). */
const SORT_KEYS: Record<ServiceSort, [SortKey, SortDirection][]> = {
  RELEVANCE: [['tier', 'desc'], ['rank', 'desc'], ['popularity', 'desc'], ['code', 'asc']],
  POPULARITY: [['popularity', 'desc'], ['code', 'asc']],
  TITLE: [['title', 'asc'], ['code', 'asc']],
};

/** The key columns as the outer query of servicePageQuery sees them. */
const KEY_COLUMNS: Record<SortKey, KeysetColumn> = {
  tier: { sql: Prisma.sql`x.tier`, type: 'int' },
  rank: { sql: Prisma.sql`x.rank`, type: 'float4' },
  popularity: { sql: Prisma.sql`x.popularity`, type: 'int' },
  title: { sql: Prisma.sql`x.title COLLATE "C"`, type: 'text' },
  code: { sql: Prisma.sql`x.code`, type: 'text' },
};

/** The order a list request gets: RELEVANCE with a search by default, POPULARITY without one. */
export function effectiveSort(search: string | null | undefined, order: ServiceSort | null | undefined): ServiceSort {
  const searching = Boolean(search?.trim());
  const sort = order ?? (searching ? 'RELEVANCE' : 'POPULARITY');
  return sort === 'RELEVANCE' && !searching ? 'POPULARITY' : sort;
}

/** The keyset order (and cursor name) of a services list; a TITLE cursor is bound to its locale. */
export function serviceKeysetOrder(sort: ServiceSort, locale: Locale): KeysetOrder {
  return keysetOrder(`services-${sort.toLowerCase()}${sort === 'TITLE' ? `-${locale}` : ''}`, SORT_KEYS[sort]);
}

function keySelect(spec: ServiceListSpec): Prisma.Sql {
  if (spec.order === 'TITLE') return Prisma.sql`, ${titleOrder(spec.locale)} AS title`;
  if (spec.order === 'RELEVANCE') return Prisma.sql`, m.tier, m.rank`;
  return Prisma.empty;
}

/**
 * FROM and match condition. With a search, each row gets
 * - `tier`: 3 when every query word is in the title (full text, with morphology), 2 when the
 *   words are found elsewhere (description, section), 1 when only a title is similar (a typo);
 * - `rank`: ts_rank_cd over the weighted vector plus the title similarity.
 * RELEVANCE orders by tier, then rank, then popularity (ties are common: same-shaped texts).
 */
function source(schema: SqlSchema, search: string | null, scored: boolean): { from: Prisma.Sql; match: Prisma.Sql[] } {
  const service = schema.qualified('service');
  if (!search) return { from: Prisma.sql`FROM ${service} s`, match: [] };
  const queries = Prisma.sql`CROSS JOIN (SELECT websearch_to_tsquery('russian', ${search}) AS ru,
      websearch_to_tsquery('english', ${search}) AS en, lower(${search}) AS raw) q`;
  const scores = Prisma.sql`CROSS JOIN LATERAL (SELECT
      CASE WHEN ts_filter(s.search_vector, '{a}') @@ q.ru OR ts_filter(s.search_vector, '{a}') @@ q.en THEN 3
           WHEN s.search_vector @@ q.ru OR s.search_vector @@ q.en THEN 2
           ELSE 1 END AS tier,
      ts_rank_cd(${RANK_WEIGHTS}, s.search_vector, q.ru) + ts_rank_cd(${RANK_WEIGHTS}, s.search_vector, q.en)
        + ${TITLE_SIMILARITY} AS rank
    ) m`;
  const match = Prisma.sql`(s.search_vector @@ q.ru OR s.search_vector @@ q.en
    OR public.word_similarity(q.raw, lower(s.title_ru)) >= ${TITLE_SIMILARITY_THRESHOLD}
    OR public.word_similarity(q.raw, lower(s.title_en)) >= ${TITLE_SIMILARITY_THRESHOLD})`;
  return { from: Prisma.sql`FROM ${service} s ${queries} ${scored ? scores : Prisma.empty}`, match: [match] };
}

export interface ServiceIdRow {
  id: string;
  total: bigint;
  /** The row's sort key, for its cursor. */
  key: KeyValue[];
}

type ServiceKeyRow = { id: string; total: bigint } & Partial<Record<SortKey, KeyValue>>;

/**
 * One statement: the page's ids in order after the window's cursor (keyset), each with its sort
 * key and the total count of matches (counted before the cursor's condition).
 */
export function servicePageQuery(schema: SqlSchema, spec: ServiceListSpec): Prisma.Sql {
  const { from, match } = source(schema, spec.search, spec.order === 'RELEVANCE');
  const where = whereClause([...filterConditions(schema, spec.filter), ...match]);
  const keys = SORT_KEYS[spec.order];
  const after = keysetCondition(keys.map(([key]) => KEY_COLUMNS[key]), spec.window);
  const order = Prisma.join(keys.map(([key, direction]) => Prisma.sql`${KEY_COLUMNS[key].sql} ${Prisma.raw(direction.toUpperCase())}`));
  return Prisma.sql`SELECT * FROM (SELECT s.id::text AS id, count(*) OVER () AS total, s.popularity, s.code ${keySelect(spec)}
      ${from} ${where}) x
    WHERE ${after} ORDER BY ${order} LIMIT ${spec.window.take}`;
}

/** servicePageQuery's rows with their sort keys. */
export function serviceIdRows(rows: ServiceKeyRow[], spec: ServiceListSpec): ServiceIdRow[] {
  return rows.map((row) => ({ id: row.id, total: row.total, key: SORT_KEYS[spec.order].map(([key]) => row[key] as KeyValue) }));
}

/** Only needed when a page past the end comes back empty and so carries no window count. */
export function serviceCountQuery(schema: SqlSchema, spec: ServiceListSpec): Prisma.Sql {
  const { from, match } = source(schema, spec.search, false);
  const where = whereClause([...filterConditions(schema, spec.filter), ...match]);
  return Prisma.sql`SELECT count(*) AS total ${from} ${where}`;
}

export interface DepartmentServiceRow {
  id: string;
  departmentId: string;
  inPage: boolean;
  total: bigint;
}

/** A department's services, most popular first. */
export const DEPARTMENT_SERVICES_ORDER = keysetOrder('department-services', SORT_KEYS.POPULARITY);

/**
 * One page of services for each of many departments in one statement (Department.services of a
 * department list): in each department, the rows after the cursor come first, in order. The first
 * row of every department comes back even when none is after the cursor, so the total count is
 * known for a page past the end too.
 */
export function departmentServicesQuery(schema: SqlSchema, departmentIds: string[], window: PageWindow): Prisma.Sql {
  const service = schema.qualified('service');
  const after = keysetCondition(
    [
      { sql: Prisma.sql`s.popularity`, type: 'int' },
      { sql: Prisma.sql`s.code`, type: 'text' },
    ],
    window,
  );
  return Prisma.sql`SELECT id::text AS id, department_id AS "departmentId", total, "inPage"
    FROM (SELECT s.id, s.department_id, ${after} AS "inPage",
            row_number() OVER (PARTITION BY s.department_id ORDER BY ${after} DESC, s.popularity DESC, s.code) AS n,
            count(*) OVER (PARTITION BY s.department_id) AS total
          FROM ${service} s WHERE s.department_id = ANY(${departmentIds})) ranked
    WHERE n <= ${window.take}
    ORDER BY department_id, n`;
}
