import type { FeedEvent } from '@eco/kit';
import { ActorType } from '../shared/enums';
import { ignored, malformed, recorded, type EventReading } from './audit-record';
import { isIdText, isObject, isoMoment, isTypeName, isUuidText, optionalId, optionalRequestId } from './event-fields';

export const APPLICATIONS_SOURCE = 'applications';
export const STATUS_CHANGED_EVENT = 'application.status_changed';

/** applications' ActorRole -> the journal's actor type. */
const ACTOR_TYPE_OF_ROLE: Record<string, ActorType> = {
  APPLICANT: ActorType.USER,
  EMPLOYEE: ActorType.EMPLOYEE,
  SYSTEM: ActorType.SYSTEM,
};

/**
 * `application.status_changed` (applications/src/events/status-changed-event.ts). Older events
 * carry no actorId/actorRole/requestId: a submission's actor is then the applicant, any other
 * change's actor is unknown. The comment is free text (it may name people): only whether there
 * was one is kept.
 */
export function readApplicationEvent(event: FeedEvent): EventReading {
  if (event.type !== STATUS_CHANGED_EVENT) return ignored();
  if (event.source !== APPLICATIONS_SOURCE) return malformed(`status changes come from applications, not ${event.source}`);
  if (!isUuidText(event.id)) return malformed('event id');
  const p = event.payload as unknown;
  if (!isObject(p)) return malformed('payload');
  if (!isUuidText(p.applicationId) || !isUuidText(p.applicantId)) return malformed('applicationId/applicantId');
  if (!isIdText(p.serviceId) || !isIdText(p.departmentId) || !isIdText(p.number)) return malformed('serviceId/departmentId/number');
  if (!isTypeName(p.to) || (p.from !== null && !isTypeName(p.from))) return malformed('from/to');
  const occurredAt = isoMoment(p.at);
  if (!occurredAt) return malformed('at');
  const requestId = optionalRequestId(p.requestId);
  if (requestId === undefined) return malformed('requestId');
  const told = 'actorId' in p;
  const actorId = told ? optionalId(p.actorId) : p.from === null ? p.applicantId : null;
  if (actorId === undefined) return malformed('actorId');
  const roleType = typeof p.actorRole === 'string' ? ACTOR_TYPE_OF_ROLE[p.actorRole] : undefined;
  const actorType = roleType ?? (p.from === null ? ActorType.USER : ActorType.UNKNOWN);
  return recorded({
    eventId: event.id,
    source: event.source,
    action: STATUS_CHANGED_EVENT,
    actorId,
    actorType: actorId === null && actorType !== ActorType.SYSTEM ? ActorType.UNKNOWN : actorType,
    subjectType: 'Application',
    subjectId: p.applicationId,
    requestId,
    occurredAt,
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
}
