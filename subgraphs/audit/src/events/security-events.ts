import type { FeedEvent } from '@eco/kit';
import { ACTOR_TYPES, ActorType } from '../shared/enums';
import { ignored, malformed, recorded, type EventReading } from './audit-record';
import { isIdText, isObject, isoMoment, isTypeName, isUuidText, optionalId, optionalRequestId } from './event-fields';
import { safeDetails } from './safe-details';

export const SECURITY_PREFIX = 'security.';
export const IDENTITY_SOURCE = 'identity';
const ACTION = /^security\.[a-z][a-z0-9_]{0,63}$/;

/**
 * identity's security events (`security.<action>`: logins, MFA, sessions, documents, children),
 * recorded generically: any action of the contract's shape, so a new one is journalled without a
 * change here. Payload: { actorId, subjectType, subjectId, requestId, at, details, liveFields }.
 */
export function readSecurityEvent(event: FeedEvent): EventReading {
  if (!event.type.startsWith(SECURITY_PREFIX)) return ignored();
  if (event.source !== IDENTITY_SOURCE) return malformed(`security events come from identity, not ${event.source}`);
  if (!ACTION.test(event.type)) return malformed('action name');
  if (!isUuidText(event.id)) return malformed('event id');
  const payload = event.payload as unknown;
  if (!isObject(payload)) return malformed('payload');
  const subject = event.subject as unknown;
  if (!isObject(subject) || !isTypeName(subject.type) || !isIdText(subject.id)) return malformed('subject');
  // The payload repeats the subject; if it says something else, which one is true is unknown.
  if (payload.subjectType !== undefined && payload.subjectType !== subject.type) return malformed('subjectType');
  if (payload.subjectId !== undefined && payload.subjectId !== subject.id) return malformed('subjectId');
  const actorId = optionalId(payload.actorId);
  if (actorId === undefined) return malformed('actorId');
  const requestId = optionalRequestId(payload.requestId);
  if (requestId === undefined) return malformed('requestId');
  const occurredAt = isoMoment(payload.at);
  if (!occurredAt) return malformed('at');
  if (payload.details !== undefined && !isObject(payload.details)) return malformed('details');
  // identity may say who acted (an API client, an administrator); otherwise a known actor is a user.
  const claimed = typeof payload.actorType === 'string' && ACTOR_TYPES.includes(payload.actorType) ? (payload.actorType as ActorType) : null;
  return recorded({
    eventId: event.id,
    source: event.source,
    action: event.type,
    actorId,
    actorType: claimed ?? (actorId ? ActorType.USER : ActorType.UNKNOWN),
    subjectType: subject.type,
    subjectId: subject.id,
    requestId,
    occurredAt,
    details: safeDetails(payload.details),
  });
}
