// The healthcare subgraph's events (see applications.ts for the shape of a declaration).
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { Id, Instant, Text } from './payload-types';

const PRODUCER = 'healthcare';

export const APPOINTMENT_STATUSES = ['BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW'] as const;

/**
 * What every appointment event says about the visit, as it is after the change: enough for the
 * patient's notification («Терапевт, Смирнова Елена Викторовна, 3 марта, 11:00, кабинет 214»)
 * without asking back. Told to the patient only.
 */
const visit = {
  appointmentId: Id,
  patientId: Id,
  status: Type.Union(APPOINTMENT_STATUSES.map((status) => Type.Literal(status))),
  startsAt: Instant,
  durationMinutes: Type.Integer({ minimum: 1 }),
  /** «Фамилия Имя Отчество». */
  doctorName: Text,
  specialtyRu: Text,
  specialtyEn: Text,
  clinicName: Text,
  clinicAddress: Text,
  room: Text,
};

/** A patient booked a free slot; the appointment and the taken slot commit with it. */
export const appointmentBooked = defineEvent({
  name: 'appointment.booked',
  producer: PRODUCER,
  description: 'A patient booked an appointment with a doctor.',
  payload: Type.Object(visit),
});

/** The patient cancelled before the cut-off; the slot is free again. */
export const appointmentCancelled = defineEvent({
  name: 'appointment.cancelled',
  producer: PRODUCER,
  description: 'A patient cancelled an appointment.',
  payload: Type.Object(visit),
});

/** The patient moved the appointment to another slot of the same specialty (the visit is the new one). */
export const appointmentRescheduled = defineEvent({
  name: 'appointment.rescheduled',
  producer: PRODUCER,
  description: 'A patient moved an appointment to another time.',
  payload: Type.Object({
    ...visit,
    /** When the visit was before the move. */
    previousStartsAt: Instant,
  }),
});

/** A booked visit starts within a day: once per appointment and slot, late if the scheduler was down. */
export const appointmentReminder = defineEvent({
  name: 'appointment.reminder',
  producer: PRODUCER,
  description: 'A booked appointment is coming up.',
  payload: Type.Object(visit),
});
