/** A unique violation of the named index (Prisma P2002 through the pg adapter). */
export function isUniqueViolation(error: unknown, indexName: string): boolean {
  const known = error as { code?: string; meta?: unknown; message?: string } | null;
  if (typeof known !== 'object' || known === null) return false;
  const text = `${JSON.stringify(known.meta ?? null)} ${known.message ?? ''}`;
  return (known.code === 'P2002' || text.includes('23505')) && text.includes(indexName);
}
