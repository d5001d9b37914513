import { on, SECURITY_EVENTS, type EventContract, type EventSubscription, type SecurityEventContract } from '@eco/kit';
import { ActorType } from '../shared/enums';
import type { AuditEventHandler } from './audit-event-handler';
import { safeDetails } from './safe-details';

/**
 * identity's security events (kit: contracts/identity.ts, `security.<action>`: logins, MFA,
 * sessions, documents, children, contacts read, API clients), all of one shape and journalled
 * alike: a new one in SECURITY_EVENTS is journalled without a change here. The subject is the one
 * the payload names; identity's details are cut down to safe, flat values.
 */
export function identitySubscriptions(journal: AuditEventHandler): EventSubscription[] {
  // Each contract as one of the family: its payload is the union of theirs, whose common fields are read.
  return SECURITY_EVENTS.map((contract: EventContract<SecurityEventContract['payload']>) =>
    on(contract, (p, event) =>
      journal.record(event, {
        actorId: p.actorId,
        // identity may say who acted (an employee reading contacts); otherwise a known actor is the user.
        actorType: 'actorType' in p ? ActorType[p.actorType] : p.actorId ? ActorType.USER : ActorType.UNKNOWN,
        requestId: p.requestId,
        occurredAt: p.at,
        subject: { type: p.subjectType, id: p.subjectId },
        details: safeDetails(p.details),
      }),
    ),
  );
}
