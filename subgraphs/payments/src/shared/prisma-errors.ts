interface PrismaKnownError {
  code?: unknown;
  meta?: {
    target?: unknown;
    driverAdapterError?: { cause?: { constraint?: { index?: unknown; fields?: unknown } } };
  };
}

/**
 * Whether an error is Prisma's unique-constraint violation (P2002) naming one of the given
 * columns or index names. Through the pg driver adapter Prisma 7 reports the index name
 * (e.g. "application_applicant_id_idempotency_key_key") instead of `meta.target`, so both are read.
 */
export function isUniqueViolationOn(error: unknown, names: readonly string[]): boolean {
  const known = error as PrismaKnownError | null;
  if (typeof known !== 'object' || known === null || known.code !== 'P2002') return false;
  const constraint = known.meta?.driverAdapterError?.cause?.constraint;
  const named = JSON.stringify([known.meta?.target ?? null, constraint?.index ?? null, constraint?.fields ?? null]);
  return names.some((name) => named.includes(name));
}
