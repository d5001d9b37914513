import { raw, type Sql } from '@prisma/client/runtime/client';

/** Category rank in the queue: EXTRAORDINARY first, NONE last. */
export const CATEGORY_RANK = { EXTRAORDINARY: 0, PRIORITY: 1, PREFERENTIAL: 2, NONE: 3 } as const;

/**
 * The queue order of one (kindergarten, age group), as SQL over `a` (the application): category,
 * then submission time, then id so that two submissions in the same millisecond still have a
 * fixed order. Every query that ranks (positions, first in queue, the employees' list) uses it.
 */
export const CATEGORY_RANK_SQL: Sql = raw(
  `CASE a.benefit_category::text WHEN 'EXTRAORDINARY' THEN 0 WHEN 'PRIORITY' THEN 1 WHEN 'PREFERENTIAL' THEN 2 ELSE 3 END`,
);
export const QUEUE_ORDER: Sql = raw(`${CATEGORY_RANK_SQL.text}, a.submitted_at, a.id`);
