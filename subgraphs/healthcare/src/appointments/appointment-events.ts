import { lockOutboxForAppend, newOutboxEvent, type SqlSchema } from '@eco/kit';
import type { Appointment, Clinic, Doctor, Prisma, Slot, Specialty } from '../generated/prisma/client';

export const APPOINTMENT_BOOKED_EVENT = 'appointment.booked';
export const APPOINTMENT_CANCELLED_EVENT = 'appointment.cancelled';
export const APPOINTMENT_RESCHEDULED_EVENT = 'appointment.rescheduled';
export const APPOINTMENT_REMINDER_EVENT = 'appointment.reminder';

export type AppointmentEventType =
  | typeof APPOINTMENT_BOOKED_EVENT
  | typeof APPOINTMENT_CANCELLED_EVENT
  | typeof APPOINTMENT_RESCHEDULED_EVENT
  | typeof APPOINTMENT_REMINDER_EVENT;

/** What an event says about the visit: enough for a notification without asking back. */
export interface VisitFacts {
  slot: Slot;
  doctor: Doctor & { specialty: Specialty; clinic: Clinic };
}

/**
 * Appends an appointment event to the outbox inside the caller's transaction (so it exists
 * exactly when the change does). The payload is this subgraph's contract with notifications.
 */
export async function appendAppointmentEvent(
  tx: Prisma.TransactionClient,
  sql: SqlSchema,
  type: AppointmentEventType,
  appointment: Appointment,
  visit: VisitFacts,
  at: Date,
  extra: Record<string, string> = {},
): Promise<void> {
  const { slot, doctor } = visit;
  const doctorName = [doctor.lastName, doctor.firstName, doctor.middleName].filter(Boolean).join(' ');
  await lockOutboxForAppend(tx, sql);
  await tx.outboxEvent.create({
    data: {
      ...newOutboxEvent({
        type,
        subject: { type: 'Appointment', id: appointment.id },
        audience: { userIds: [appointment.patientId], departmentIds: [] },
        payload: {
          appointmentId: appointment.id,
          patientId: appointment.patientId,
          status: appointment.status,
          startsAt: slot.startsAt.toISOString(),
          durationMinutes: slot.durationMinutes,
          doctorName,
          specialtyRu: doctor.specialty.nameRu,
          specialtyEn: doctor.specialty.nameEn,
          clinicName: doctor.clinic.name,
          clinicAddress: doctor.clinic.address,
          room: doctor.room,
          ...extra,
          liveFields: [],
        },
      }),
      occurredAt: at,
    },
  });
}
