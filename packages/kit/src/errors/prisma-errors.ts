/**
 * Database errors a service expects and answers with a problem (a unique index that refused a
 * second row, a row lock not granted in time). Every subgraph has its own generated Prisma
 * client, so these read the error's `code` and `meta` shape instead of its class.
 */

/** Prisma's "Unique constraint failed". */
const PRISMA_UNIQUE_VIOLATION = 'P2002';
/** PostgreSQL's unique_violation, as `pg` reports it (raw queries) and the driver adapter passes it on. */
const PG_UNIQUE_VIOLATION = '23505';
/** PostgreSQL's lock_not_available: `lock_timeout` expired (or NOWAIT found the row locked). */
const PG_LOCK_NOT_AVAILABLE = '55P03';

interface DatabaseErrorShape {
  code?: unknown;
  /** `pg`'s DatabaseError: the violated constraint's (index's) name. */
  constraint?: unknown;
  meta?: {
    target?: unknown;
    driverAdapterError?: { cause?: { originalCode?: unknown; constraint?: { index?: unknown; fields?: unknown } } };
  };
}

/**
 * For a unique violation, which of `names` (columns or index names) the violated constraint
 * names, possibly none; null for any other error. Through the pg driver adapter Prisma 7 reports
 * the index name (e.g. "users_email_key") instead of `meta.target`, so both are read.
 */
export function uniqueViolationOn(error: unknown, names: readonly string[]): string[] | null {
  if (typeof error !== 'object' || error === null) return null;
  const known = error as DatabaseErrorShape;
  const cause = known.meta?.driverAdapterError?.cause;
  const unique = known.code === PRISMA_UNIQUE_VIOLATION || known.code === PG_UNIQUE_VIOLATION || cause?.originalCode === PG_UNIQUE_VIOLATION;
  if (!unique) return null;
  const named = JSON.stringify([known.meta?.target ?? null, cause?.constraint?.index ?? null, cause?.constraint?.fields ?? null, known.constraint ?? null]);
  return names.filter((name) => named.includes(name));
}

/** Whether an error is a unique violation naming the index (or one of the columns or index names). */
export function isUniqueViolationOn(error: unknown, names: string | readonly string[]): boolean {
  return (uniqueViolationOn(error, typeof names === 'string' ? [names] : names)?.length ?? 0) > 0;
}

/** Whether an error is PostgreSQL's lock_not_available, however deep Prisma and the adapter wrapped it. */
export function isLockTimeout(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return false;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (record.code === PG_LOCK_NOT_AVAILABLE || record.originalCode === PG_LOCK_NOT_AVAILABLE) return true;
    return ['cause', 'meta', 'driverAdapterError'].some((key) => visit(record[key]));
  };
  return visit(error) || (error instanceof Error && /lock timeout/i.test(error.message));
}
