import { applicationDocumentsAttached, applicationResultReady, applicationStatusChanged, on, type EventSubscription, type FeedEvent, type PayloadOf } from '@eco/kit';
import { ActorType } from '../shared/enums';
import type { AuditEventHandler } from './audit-event-handler';
import { bySystem } from './audit-record';

/** applications' ActorRole -> the journal's actor type. */
const ACTOR_TYPE_OF_ROLE = {
  APPLICANT: ActorType.USER,
  EMPLOYEE: ActorType.EMPLOYEE,
  SYSTEM: ActorType.SYSTEM,
} as const;

/**
 * applications' events (kit: contracts/applications.ts), the application as subject. The comment
 * and the decision are free text (they may name people): only whether there was a comment is kept;
 * the applicant's name and the titles of the result never are.
 */
export function applicationsSubscriptions(journal: AuditEventHandler): EventSubscription[] {
  return [
    on(applicationStatusChanged, (p, event) => {
      const actorType = p.actorRole ? ACTOR_TYPE_OF_ROLE[p.actorRole] : p.actorId ? ActorType.USER : ActorType.UNKNOWN;
      return journal.record(event, {
        actorId: p.actorId,
        actorType: p.actorId === null && actorType !== ActorType.SYSTEM ? ActorType.UNKNOWN : actorType,
        requestId: p.requestId,
        occurredAt: p.at,
        details: {
          number: p.number,
          serviceId: p.serviceId,
          departmentId: p.departmentId,
          applicantId: p.applicantId,
          from: p.from,
          to: p.to,
          hasComment: typeof p.comment === 'string' && p.comment.length > 0,
        },
      });
    }),
    // The result document falls due with the completion (its status change names the employee).
    on(applicationResultReady, (p, event) =>
      journal.record(event, bySystem({ number: p.number, applicantId: p.applicantId, serviceId: p.serviceId, departmentId: p.departmentId }, p.completedAt)),
    ),
    on(applicationDocumentsAttached, (p, event) => journalDocumentsAttached(journal, p, event)),
  ];
}

/**
 * `documents.attached`, declared once and produced by applications, education and taxes-fines: the
 * owner filed their uploads with a record (the subject), so the department may read them.
 */
export function journalDocumentsAttached(journal: AuditEventHandler, p: PayloadOf<typeof applicationDocumentsAttached>, event: FeedEvent) {
  return journal.record(event, {
    actorId: p.ownerId,
    actorType: ActorType.USER,
    requestId: p.requestId,
    details: { documentIds: p.documentIds, ownerId: p.ownerId, departmentId: p.departmentId, attachedToType: p.attachedToType, attachedToId: p.attachedToId },
  });
}
