import { LIVE_FIELDS, lockOutboxForAppend, newOutboxEvent, type NewOutboxEvent, type SqlSchema } from '@eco/kit';
import type { Prisma } from '../generated/prisma/client';

export const EDUCATION_SOURCE = 'education';
/** The department that runs kindergarten queues and school enrollment (catalog code). */
export const MINPROS_DEPARTMENT = 'MINPROS';

export const KINDERGARTEN_STATUS_CHANGED_EVENT = 'kindergarten_application.status_changed';
export const KINDERGARTEN_STATUS_CHANGED_LIVE_FIELD = 'kindergartenApplicationStatusChanged';
export const SCHOOL_STATUS_CHANGED_EVENT = 'school_enrollment.status_changed';

/** Ids, statuses and the kindergarten only: never the child's name or documents. */
export interface KindergartenStatusChangedPayload {
  applicationId: string;
  parentId: string;
  childId: string;
  from: string | null;
  to: string;
  at: string;
  /** The kindergarten offered (OFFERED, ENROLLED, DECLINED after an offer). */
  kindergartenId: string | null;
  kindergartenNumber: number | null;
  kindergartenName: string | null;
  offerExpiresAt: string | null;
  /** DECLINED: PARENT or OFFER_EXPIRED. */
  reason: string | null;
  liveFields: string[];
}

export interface SchoolStatusChangedPayload {
  enrollmentId: string;
  parentId: string;
  childId: string;
  schoolId: string;
  schoolNumber: number;
  schoolName: string;
  from: string | null;
  to: string;
  at: string;
  comment: string | null;
  liveFields: string[];
}

export function kindergartenStatusChangedEvent(payload: Omit<KindergartenStatusChangedPayload, 'liveFields'>): NewOutboxEvent {
  return {
    type: KINDERGARTEN_STATUS_CHANGED_EVENT,
    subject: { type: 'KindergartenApplication', id: payload.applicationId },
    audience: { userIds: [payload.parentId], departmentIds: [MINPROS_DEPARTMENT] },
    payload: { ...payload, [LIVE_FIELDS]: [KINDERGARTEN_STATUS_CHANGED_LIVE_FIELD] },
  };
}

export function schoolStatusChangedEvent(payload: Omit<SchoolStatusChangedPayload, 'liveFields'>): NewOutboxEvent {
  return {
    type: SCHOOL_STATUS_CHANGED_EVENT,
    subject: { type: 'SchoolEnrollment', id: payload.enrollmentId },
    audience: { userIds: [payload.parentId], departmentIds: [MINPROS_DEPARTMENT] },
    payload: { ...payload, [LIVE_FIELDS]: [] },
  };
}

/** Appends an event inside the transaction of the change it describes (seq order = commit order). */
export async function appendOutbox(tx: Prisma.TransactionClient, sql: SqlSchema, event: NewOutboxEvent, at: Date): Promise<void> {
  await appendOutboxRow(tx, sql, newOutboxEvent(event), at);
}

/** The same for a row as the kit's event declarations build it (e.g. `documentsAttachedOutboxEvent`). */
export async function appendOutboxRow(tx: Prisma.TransactionClient, sql: SqlSchema, row: ReturnType<typeof newOutboxEvent>, at: Date): Promise<void> {
  await lockOutboxForAppend(tx, sql);
  await tx.outboxEvent.create({ data: { ...row, payload: row.payload as Prisma.InputJsonObject, occurredAt: at } });
}
