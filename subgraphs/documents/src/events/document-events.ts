import { LIVE_FIELDS, lockOutboxForAppend, newOutboxEvent, type SqlSchema } from '@eco/kit';
import type { Prisma } from '../generated/prisma/client';

export const DOCUMENTS_SOURCE = 'documents';
export const DOCUMENT_SUBJECT = 'Document';
export const ISSUED_DOCUMENT_SUBJECT = 'IssuedDocument';

export const DOCUMENT_QUARANTINED_EVENT = 'document.quarantined';
export const DOCUMENT_READ_EVENT = 'document.read';
export const DOCUMENT_ISSUED_EVENT = 'document.issued';
export const DOCUMENT_REVOKED_EVENT = 'document.revoked';

/** The scanner flagged an upload: notifications tells the owner why it was not accepted. */
export interface DocumentQuarantinedPayload {
  documentId: string;
  ownerId: string;
  fileName: string;
  reason: string;
  sandbox: boolean;
}

/**
 * Someone other than the owner read an upload's bytes: for the audit journal ("who saw my data").
 * Ids only. `via` says how the reader was recognised: their token, or a link issued to them.
 */
export interface DocumentReadPayload {
  documentId: string;
  ownerId: string;
  actorId: string;
  actorRole: string;
  departmentId: string | null;
  attachedToType: string | null;
  attachedToId: string | null;
  via: 'TOKEN' | 'SIGNED_LINK';
  requestId: string | null;
  at: string;
}

/** A result was issued: notifications tells the recipient it is ready. */
export interface DocumentIssuedPayload {
  issuedDocumentId: string;
  applicationId: string;
  recipientId: string;
  number: string;
  applicationNumber: string;
  title: string;
  sandbox: boolean;
}

export interface DocumentRevokedPayload {
  issuedDocumentId: string;
  applicationId: string;
  recipientId: string;
  number: string;
  actorId: string;
  at: string;
}

type OutboxData = ReturnType<typeof newOutboxEvent>;

export const documentQuarantinedEvent = (payload: DocumentQuarantinedPayload): OutboxData =>
  newOutboxEvent({
    type: DOCUMENT_QUARANTINED_EVENT,
    subject: { type: DOCUMENT_SUBJECT, id: payload.documentId },
    audience: { userIds: [payload.ownerId], departmentIds: [] },
    payload: { ...payload, [LIVE_FIELDS]: [] },
  });

export const documentReadEvent = (payload: DocumentReadPayload): OutboxData =>
  newOutboxEvent({
    type: DOCUMENT_READ_EVENT,
    subject: { type: DOCUMENT_SUBJECT, id: payload.documentId },
    // Not a live event: the audit journal consumes it from the feed.
    audience: { userIds: [], departmentIds: [] },
    payload: { ...payload, [LIVE_FIELDS]: [] },
  });

export const documentIssuedEvent = (payload: DocumentIssuedPayload): OutboxData =>
  newOutboxEvent({
    type: DOCUMENT_ISSUED_EVENT,
    subject: { type: ISSUED_DOCUMENT_SUBJECT, id: payload.issuedDocumentId },
    audience: { userIds: [payload.recipientId], departmentIds: [] },
    payload: { ...payload, [LIVE_FIELDS]: [] },
  });

export const documentRevokedEvent = (payload: DocumentRevokedPayload): OutboxData =>
  newOutboxEvent({
    type: DOCUMENT_REVOKED_EVENT,
    subject: { type: ISSUED_DOCUMENT_SUBJECT, id: payload.issuedDocumentId },
    audience: { userIds: [payload.recipientId], departmentIds: [] },
    payload: { ...payload, [LIVE_FIELDS]: [] },
  });

/**
 * Appends outbox rows as the last writes of the caller's transaction, under the kit's outbox
 * lock: rows become visible in seq order, so no feed reader skips one.
 */
export async function appendOutbox(tx: Prisma.TransactionClient, sql: SqlSchema, ...events: OutboxData[]): Promise<void> {
  await lockOutboxForAppend(tx, sql);
  for (const event of events) await tx.outboxEvent.create({ data: event });
}
