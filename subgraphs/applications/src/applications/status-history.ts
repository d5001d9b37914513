import { type SqlSchema, lockOutboxForAppend } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { statusChangedOutboxEvent } from '../events/status-changed-event';
import { Prisma } from '../generated/prisma/client';
import type { ActorRole, ApplicationStatus } from '../shared/enums';

export interface RecordedChange {
  application: { id: string; number: string; serviceId: string; departmentId: string; applicantId: string; sandbox: boolean };
  /** The application's version after the change (1 for the submission). */
  seq: number;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actorId: string | null;
  actorRole: ActorRole;
  comment: string | null;
  at: Date;
  /** The x-request-id of the request making the change, for the audit journal. */
  requestId?: string | null;
}

/**
 * The two rows every status change writes beside the application update, in the caller's
 * transaction: its history entry and its outbox event. Either all three commit or none.
 * Call it as the last write of the transaction (see the kit's lockOutboxForAppend).
 */
export async function recordStatusChange(tx: Prisma.TransactionClient, schema: SqlSchema, change: RecordedChange): Promise<void> {
  await tx.statusChange.create({
    data: {
      id: randomUUID(),
      applicationId: change.application.id,
      seq: change.seq,
      fromStatus: change.from,
      toStatus: change.to,
      actorId: change.actorId,
      actorRole: change.actorRole,
      comment: change.comment,
      at: change.at,
    },
  });
  await lockOutboxForAppend(tx, schema);
  const event = statusChangedOutboxEvent({
    application: change.application,
    from: change.from,
    to: change.to,
    at: change.at,
    comment: change.comment,
    actorId: change.actorId,
    actorRole: change.actorRole,
    requestId: change.requestId,
  });
  // The kit types the payload as Record<string, unknown>; Prisma wants its JSON input type.
  // occurredAt from the same clock as the change (the column's default would be the database's
  // local time: it is a timestamp without time zone).
  await tx.outboxEvent.create({ data: { ...event, payload: event.payload as Prisma.InputJsonObject, occurredAt: change.at } });
}
