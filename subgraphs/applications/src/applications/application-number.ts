import { type SqlSchema } from '@eco/kit';
import { Prisma } from '../generated/prisma/client';

/** "2026-000123": the year and the application's place among that year's applications. */
export function formatApplicationNumber(year: number, counter: number): string {
  return `${year}-${String(counter).padStart(6, '0')}`;
}

/**
 * The next counter value of `year`, taken inside the submitting transaction: the row stays
 * locked until that transaction ends, so concurrent submissions queue here, and a submission
 * that rolls back gives its number back.
 */
export async function nextCounterValue(tx: Prisma.TransactionClient, schema: SqlSchema, year: number): Promise<number> {
  const counter = schema.qualified('application_counter');
  const [row] = await tx.$queryRaw<{ value: number }[]>(Prisma.sql`
    INSERT INTO ${counter} (year, value) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET value = ${counter}.value + 1
    RETURNING value`);
  return Number(row.value);
}
