import { documentIssued, documentQuarantined, documentRead, documentRevoked, on, type EventSubscription } from '@eco/kit';
import { ActorType } from '../shared/enums';
import type { AuditEventHandler } from './audit-event-handler';
import { bySystem } from './audit-record';

/** The reader's role (from their token) -> the journal's actor type. */
const ACTOR_TYPE_OF_ROLE: Record<string, ActorType> = {
  CITIZEN: ActorType.USER,
  ORG_REPRESENTATIVE: ActorType.USER,
  EMPLOYEE: ActorType.EMPLOYEE,
  ADMIN: ActorType.EMPLOYEE,
};

/**
 * documents' events (kit: contracts/documents.ts). A read of someone's upload is journalled with
 * the document as subject and the owner in the details, so "who saw my documents" is one filter.
 * Ids only: never a file's name, a result's number or title.
 */
export function documentsSubscriptions(journal: AuditEventHandler): EventSubscription[] {
  return [
    on(documentRead, (p, event) =>
      journal.record(event, {
        actorId: p.actorId,
        actorType: ACTOR_TYPE_OF_ROLE[p.actorRole] ?? ActorType.UNKNOWN,
        requestId: p.requestId,
        occurredAt: p.at,
        details: { ownerId: p.ownerId, departmentId: p.departmentId, attachedToType: p.attachedToType, attachedToId: p.attachedToId, via: p.via },
      }),
    ),
    // The virus scanner's verdict: the scanner's finding is a signature name, the file's name is not kept.
    on(documentQuarantined, (p, event) => journal.record(event, bySystem({ ownerId: p.ownerId, reason: p.reason }))),
    on(documentIssued, (p, event) => journal.record(event, bySystem({ applicationId: p.applicationId, recipientId: p.recipientId }))),
    on(documentRevoked, (p, event) =>
      journal.record(event, {
        // An employee or an administrator: staff.
        actorId: p.actorId,
        actorType: ActorType.EMPLOYEE,
        requestId: null,
        occurredAt: p.at,
        details: { applicationId: p.applicationId, recipientId: p.recipientId },
      }),
    ),
  ];
}
