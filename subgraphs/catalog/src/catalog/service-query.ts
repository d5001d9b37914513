import { type Locale, type PageWindow, type SqlSchema } from '@eco/kit';
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

function orderClause(spec: ServiceListSpec): Prisma.Sql {
  if (spec.order === 'TITLE') return Prisma.sql`ORDER BY ${titleOrder(spec.locale)}, s.code`;
  if (spec.order === 'RELEVANCE' && spec.search) {
    return Prisma.sql`ORDER BY m.tier DESC, m.rank DESC, s.popularity DESC, s.code`;
  }
  return Prisma.sql`ORDER BY s.popularity DESC, s.code`;
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
}

/** One statement: the page's ids in order, each carrying the total count of matches. */
export function servicePageQuery(schema: SqlSchema, spec: ServiceListSpec): Prisma.Sql {
  const { from, match } = source(schema, spec.search, spec.order === 'RELEVANCE');
  const where = whereClause([...filterConditions(schema, spec.filter), ...match]);
  return Prisma.sql`SELECT s.id::text AS id, count(*) OVER () AS total ${from} ${where} ${orderClause(spec)}
    LIMIT ${spec.window.limit} OFFSET ${spec.window.offset}`;
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

/**
 * One page of services for each of many departments in one statement (Department.services of a
 * department list). The first row of every department comes back even outside the page, so
 * the total count is known for a page past the end too.
 */
export function departmentServicesQuery(schema: SqlSchema, departmentIds: string[], window: PageWindow): Prisma.Sql {
  const service = schema.qualified('service');
  const last = window.offset + window.limit;
  return Prisma.sql`SELECT id::text AS id, department_id AS "departmentId", total,
      (n > ${window.offset} AND n <= ${last}) AS "inPage"
    FROM (SELECT s.id, s.department_id,
            row_number() OVER (PARTITION BY s.department_id ORDER BY s.popularity DESC, s.code) AS n,
            count(*) OVER (PARTITION BY s.department_id) AS total
          FROM ${service} s WHERE s.department_id = ANY(${departmentIds})) ranked
    WHERE n = 1 OR (n > ${window.offset} AND n <= ${last})
    ORDER BY department_id, n`;
}
