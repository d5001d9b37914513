import { applicationStatusChanged, type Outbox, type PayloadOf } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { APPLICATION_SUBJECT } from '../events/status-changed-event';
import type { Prisma } from '../generated/prisma/client';
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
 * transaction: its history entry and its `application.status_changed` event, told to the
 * applicant and the department. Either all three commit or none.
 * Call it as the last write of the transaction (see Outbox.append).
 */
export async function recordStatusChange(tx: Prisma.TransactionClient, outbox: Outbox, change: RecordedChange): Promise<void> {
  const { application } = change;
  await tx.statusChange.create({
    data: {
      id: randomUUID(),
      applicationId: application.id,
      seq: change.seq,
      fromStatus: change.from,
      toStatus: change.to,
      actorId: change.actorId,
      actorRole: change.actorRole,
      comment: change.comment,
      at: change.at,
    },
  });
  const payload: PayloadOf<typeof applicationStatusChanged> = {
    applicationId: application.id,
    number: application.number,
    serviceId: application.serviceId,
    departmentId: application.departmentId,
    applicantId: application.applicantId,
    from: change.from,
    to: change.to,
    at: change.at.toISOString(),
    comment: change.comment,
    actorId: change.actorId,
    actorRole: change.actorRole,
    requestId: change.requestId ?? null,
    sandbox: application.sandbox,
  };
  await outbox.append(tx, applicationStatusChanged, {
    subject: { type: APPLICATION_SUBJECT, id: application.id },
    audience: { userIds: [application.applicantId], departmentIds: [application.departmentId] },
    payload,
    // The same clock as the change.
    at: change.at,
  });
}
