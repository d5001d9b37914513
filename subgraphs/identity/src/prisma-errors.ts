interface PrismaKnownError {
  code?: unknown;
  meta?: {
    target?: unknown;
    driverAdapterError?: { cause?: { constraint?: { index?: unknown; fields?: unknown } } };
  };
}

/**
 * Whether an error is Prisma's unique-constraint violation (P2002), and which of the given
 * columns it names. Through the pg driver adapter Prisma 7 reports the index name
 * (e.g. "users_email_key") instead of `meta.target`, so both are read.
 */
export function uniqueViolationOn(error: unknown, columns: readonly string[]): string[] | null {
  const known = error as PrismaKnownError | null;
  if (typeof known !== 'object' || known === null || known.code !== 'P2002') return null;
  const constraint = known.meta?.driverAdapterError?.cause?.constraint;
  const named = JSON.stringify([known.meta?.target ?? null, constraint?.index ?? null, constraint?.fields ?? null]);
  return columns.filter((column) => named.includes(column));
}
