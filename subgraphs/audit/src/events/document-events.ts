import type { FeedEvent } from '@eco/kit';
import { ActorType } from '../shared/enums';
import { ignored, malformed, recorded, type EventReading } from './audit-record';
import { isIdText, isObject, isoMoment, isTypeName, isUuidText, optionalId, optionalRequestId } from './event-fields';

export const DOCUMENTS_SOURCE = 'documents';
export const DOCUMENT_READ_EVENT = 'document.read';

/** The reader's role (from their token) -> the journal's actor type. */
const ACTOR_TYPE_OF_ROLE: Record<string, ActorType> = {
  CITIZEN: ActorType.USER,
  ORG_REPRESENTATIVE: ActorType.USER,
  EMPLOYEE: ActorType.EMPLOYEE,
  ADMIN: ActorType.EMPLOYEE,
};

const VIA = new Set(['TOKEN', 'SIGNED_LINK']);

/**
 * `document.read` (documents/src/events/document-events.ts): someone other than its owner read an
 * uploaded file — in practice an employee of the department it was attached to. Journalled with
 * the document as subject and the owner in the details, so "who saw my documents" is one filter.
 * Ids only: the file's name is never in the event.
 */
export function readDocumentEvent(event: FeedEvent): EventReading {
  if (event.type !== DOCUMENT_READ_EVENT) return ignored();
  if (event.source !== DOCUMENTS_SOURCE) return malformed(`document reads come from documents, not ${event.source}`);
  if (!isUuidText(event.id)) return malformed('event id');
  const p = event.payload as unknown;
  if (!isObject(p)) return malformed('payload');
  if (!isUuidText(p.documentId) || !isUuidText(p.ownerId)) return malformed('documentId/ownerId');
  if (!isIdText(p.actorId)) return malformed('actorId');
  const departmentId = optionalId(p.departmentId);
  const attachedToId = optionalId(p.attachedToId);
  if (departmentId === undefined || attachedToId === undefined) return malformed('departmentId/attachedToId');
  if (p.attachedToType !== null && p.attachedToType !== undefined && !isTypeName(p.attachedToType)) return malformed('attachedToType');
  if (typeof p.via !== 'string' || !VIA.has(p.via)) return malformed('via');
  const requestId = optionalRequestId(p.requestId);
  if (requestId === undefined) return malformed('requestId');
  const occurredAt = isoMoment(p.at);
  if (!occurredAt) return malformed('at');
  return recorded({
    eventId: event.id,
    source: event.source,
    action: DOCUMENT_READ_EVENT,
    actorId: p.actorId,
    actorType: (typeof p.actorRole === 'string' && ACTOR_TYPE_OF_ROLE[p.actorRole]) || ActorType.UNKNOWN,
    subjectType: 'Document',
    subjectId: p.documentId,
    requestId,
    occurredAt,
    details: { ownerId: p.ownerId, departmentId, attachedToType: (p.attachedToType as string | null | undefined) ?? null, attachedToId, via: p.via },
  });
}
