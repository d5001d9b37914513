interface PrismaKnownError {
  code?: unknown;
  meta?: {
    target?: unknown;
    driverAdapterError?: { cause?: { constraint?: { index?: unknown; fields?: unknown }; originalCode?: unknown; kind?: unknown } };
  };
}

/**
 * Whether an error is Prisma's unique-constraint violation (P2002) naming the given index.
 * Through the pg driver adapter Prisma 7 reports the index name instead of `meta.target`,
 * so both are read.
 */
export function isUniqueViolationOn(error: unknown, index: string): boolean {
  const known = error as PrismaKnownError | null;
  if (typeof known !== 'object' || known === null || known.code !== 'P2002') return false;
  const constraint = known.meta?.driverAdapterError?.cause?.constraint;
  return JSON.stringify([known.meta?.target ?? null, constraint?.index ?? null, constraint?.fields ?? null]).includes(index);
}

/** PostgreSQL's lock_not_available (55P03): `lock_timeout` expired waiting for a row lock. */
export function isLockTimeout(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return false;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (record.code === '55P03' || record.originalCode === '55P03') return true;
    return ['cause', 'meta', 'driverAdapterError'].some((key) => visit(record[key]));
  };
  return visit(error) || (error instanceof Error && /lock timeout/i.test(error.message));
}
