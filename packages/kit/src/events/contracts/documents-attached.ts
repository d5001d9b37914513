import { newOutboxEvent } from '../outbox';

/**
 * A subgraph took a person's uploaded documents into one of its records (an application, a fine
 * appeal, a kindergarten benefit). Written to the producer's outbox in the same transaction as the
 * record, so the documents subgraph links them exactly when the record exists: from then on the
 * department's employees may read them, and they are no longer swept as unattached uploads.
 */
export const DOCUMENTS_ATTACHED_EVENT = 'documents.attached';

export interface DocumentsAttachedPayload {
  documentIds: string[];
  /** Whose documents they are (the applicant); the documents subgraph re-checks ownership. */
  ownerId: string;
  /** The record they are attached to, e.g. { type: 'Application', id }. */
  attachedToType: string;
  attachedToId: string;
  /** The department whose employees may read them. */
  departmentId: string;
  requestId: string | null;
}

export function documentsAttachedOutboxEvent(payload: DocumentsAttachedPayload) {
  return newOutboxEvent({
    type: DOCUMENTS_ATTACHED_EVENT,
    subject: { type: payload.attachedToType, id: payload.attachedToId },
    // Not a live event: nobody subscribes to it; the documents subgraph consumes it from the feed.
    audience: { userIds: [], departmentIds: [] },
    payload: { ...payload, documentIds: [...payload.documentIds] },
  });
}

/** The payload as read from a feed, or null when it does not have the contract's shape. */
export function readDocumentsAttached(payload: Record<string, unknown>): DocumentsAttachedPayload | null {
  const { documentIds, ownerId, attachedToType, attachedToId, departmentId, requestId } = payload;
  const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
  if (!Array.isArray(documentIds) || !documentIds.every(text)) return null;
  if (!text(ownerId) || !text(attachedToType) || !text(attachedToId) || !text(departmentId)) return null;
  if (requestId !== null && requestId !== undefined && !text(requestId)) return null;
  return { documentIds, ownerId, attachedToType, attachedToId, departmentId, requestId: (requestId as string | undefined) ?? null };
}
