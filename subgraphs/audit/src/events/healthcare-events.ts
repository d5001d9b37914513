import { appointmentBooked, appointmentCancelled, appointmentReminder, appointmentRescheduled, on, type EventSubscription, type FeedEvent, type PayloadOf } from '@eco/kit';
import { ActorType } from '../shared/enums';
import type { AuditEventHandler } from './audit-event-handler';
import { bySystem } from './audit-record';

/**
 * healthcare's appointment events (kit: contracts/healthcare.ts), the appointment as subject. The
 * patient books, cancels and moves; reminders are the portal's. Ids, the status and the times only:
 * never the doctor, the specialty (it tells of the patient's health) or the clinic.
 */
export function healthcareSubscriptions(journal: AuditEventHandler): EventSubscription[] {
  const byPatient = (p: PayloadOf<typeof appointmentBooked>, event: FeedEvent, more: Record<string, unknown> = {}) =>
    journal.record(event, { actorId: p.patientId, actorType: ActorType.USER, requestId: null, details: visitDetails(p, more) });
  return [
    on(appointmentBooked, (p, event) => byPatient(p, event)),
    on(appointmentCancelled, (p, event) => byPatient(p, event)),
    on(appointmentRescheduled, (p, event) => byPatient(p, event, { previousStartsAt: p.previousStartsAt })),
    on(appointmentReminder, (p, event) => journal.record(event, bySystem(visitDetails(p)))),
  ];
}

function visitDetails(p: PayloadOf<typeof appointmentBooked>, more: Record<string, unknown> = {}): Record<string, unknown> {
  return { patientId: p.patientId, status: p.status, startsAt: p.startsAt, durationMinutes: p.durationMinutes, ...more };
}
