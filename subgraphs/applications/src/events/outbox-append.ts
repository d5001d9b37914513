import { lockOutboxForAppend, type newOutboxEvent, type SqlSchema } from '@eco/kit';
import type { Prisma } from '../generated/prisma/client';

/**
 * Appends one outbox row (as the kit's event declarations build them) in the caller's
 * transaction, the one of the change it describes: both commit or neither does.
 */
export async function appendOutboxEvent(tx: Prisma.TransactionClient, sql: SqlSchema, row: ReturnType<typeof newOutboxEvent>, at: Date): Promise<void> {
  await lockOutboxForAppend(tx, sql);
  // occurredAt from the change's clock (the column's default is the database's local time).
  await tx.outboxEvent.create({ data: { ...row, payload: row.payload as Prisma.InputJsonObject, occurredAt: at } });
}
