import type { SqlSchema } from '../db/sql-schema';

interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/**
 * Outbox rows must become visible in the order of their seq: a feed reader that has seen seq 11
 * never looks below it again, so a seq 10 committed after 11 would be lost to it. Take this
 * transaction-scoped lock right before inserting outbox rows: seq allocation and commit then
 * happen in the same order across concurrent transactions (one lock per schema, held to commit).
 */
export async function lockOutboxForAppend(tx: RawExecutor, schema: SqlSchema): Promise<void> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `eco-outbox:${schema.name}`);
}
