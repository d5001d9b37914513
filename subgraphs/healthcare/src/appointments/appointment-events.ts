import type { AppendedEvent, appointmentBooked } from '@eco/kit';
import type { Appointment, Clinic, Doctor, Slot, Specialty } from '../generated/prisma/client';

/** What an event says about the visit: enough for a notification without asking back. */
export interface VisitFacts {
  slot: Slot;
  doctor: Doctor & { specialty: Specialty; clinic: Clinic };
}

/**
 * An appointment event (booked, cancelled, rescheduled or reminder: one payload shape, see
 * @eco/kit's contracts/healthcare.ts) for the patient, about the visit as it is after the change.
 * Writers append it with the Outbox in the change's transaction.
 */
export function appointmentEvent(appointment: Appointment, visit: VisitFacts, at: Date): AppendedEvent<(typeof appointmentBooked)['payload']> {
  const { slot, doctor } = visit;
  return {
    subject: { type: 'Appointment', id: appointment.id },
    audience: { userIds: [appointment.patientId] },
    payload: {
      appointmentId: appointment.id,
      patientId: appointment.patientId,
      status: appointment.status,
      startsAt: slot.startsAt.toISOString(),
      durationMinutes: slot.durationMinutes,
      doctorName: [doctor.lastName, doctor.firstName, doctor.middleName].filter(Boolean).join(' '),
      specialtyRu: doctor.specialty.nameRu,
      specialtyEn: doctor.specialty.nameEn,
      clinicName: doctor.clinic.name,
      clinicAddress: doctor.clinic.address,
      room: doctor.room,
    },
    at,
  };
}
