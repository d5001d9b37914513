import { kindergartenApplicationDocumentsAttached, kindergartenApplicationStatusChanged, on, schoolEnrollmentStatusChanged, type EventSubscription, type PayloadOf } from '@eco/kit';
import { ActorType } from '../shared/enums';
import { journalDocumentsAttached } from './application-events';
import type { AuditEventHandler } from './audit-event-handler';

type Actor = { actorId: string | null; actorType: ActorType };

/**
 * Who moved a kindergarten application, as far as the event tells: the parent files, accepts,
 * declines and withdraws (reason PARENT); an expired offer is the portal's; MINPROS offers the
 * place (the contract does not say which employee).
 */
function kindergartenActor(p: PayloadOf<typeof kindergartenApplicationStatusChanged>): Actor {
  if (p.from === null || p.reason === 'PARENT') return { actorId: p.parentId, actorType: ActorType.USER };
  if (p.reason === 'OFFER_EXPIRED') return { actorId: null, actorType: ActorType.SYSTEM };
  if (p.to === 'OFFERED') return { actorId: null, actorType: ActorType.EMPLOYEE };
  return { actorId: null, actorType: ActorType.UNKNOWN };
}

/**
 * education's events (kit: contracts/education.ts): kindergarten queue and first-grade enrollment
 * changes, the benefit documents attached. Ids and statuses: never the child's name, the
 * institution's name or the employee's comment (only whether there was one).
 */
export function educationSubscriptions(journal: AuditEventHandler): EventSubscription[] {
  return [
    on(kindergartenApplicationStatusChanged, (p, event) =>
      journal.record(event, {
        ...kindergartenActor(p),
        requestId: null,
        occurredAt: p.at,
        details: { parentId: p.parentId, childId: p.childId, from: p.from, to: p.to, kindergartenId: p.kindergartenId, reason: p.reason },
      }),
    ),
    on(schoolEnrollmentStatusChanged, (p, event) =>
      journal.record(event, {
        // The parent files; MINPROS enrolls or refuses (the contract does not say which employee).
        ...(p.from === null ? { actorId: p.parentId, actorType: ActorType.USER } : { actorId: null, actorType: ActorType.EMPLOYEE }),
        requestId: null,
        occurredAt: p.at,
        details: { parentId: p.parentId, childId: p.childId, schoolId: p.schoolId, from: p.from, to: p.to, hasComment: Boolean(p.comment) },
      }),
    ),
    on(kindergartenApplicationDocumentsAttached, (p, event) => journalDocumentsAttached(journal, p, event)),
  ];
}
