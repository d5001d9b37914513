import type { FeedEvent } from '@eco/kit';
import { appointmentBooked, appointmentCancelled, appointmentReminder, appointmentRescheduled } from '../src/events/handlers/appointments';
import { EVENT_HANDLERS } from '../src/events/handlers';

const PATIENT = '00000000-0000-4000-8000-000000000001';

const event = (type: string, payload: Record<string, unknown>): FeedEvent => ({
  id: '6f1c2a9e-0000-4000-8000-0000000000a1',
  seq: '1',
  type,
  source: 'healthcare',
  occurredAt: '2026-03-02T06:00:00.000Z',
  subject: { type: 'Appointment', id: 'a' },
  audience: { userIds: [PATIENT], departmentIds: [] },
  payload,
});

// The healthcare subgraph's outbox payload (its contract).
const PAYLOAD = {
  appointmentId: '6f1c2a9e-0000-4000-8000-0000000000b1',
  patientId: PATIENT.toUpperCase(),
  status: 'BOOKED',
  startsAt: '2026-03-03T08:00:00.000Z',
  durationMinutes: 15,
  doctorName: 'Смирнова Елена Викторовна',
  specialtyRu: 'Терапевт',
  specialtyEn: 'General practitioner',
  clinicName: 'ГБУЗ «Городская поликлиника № 62 ДЗМ»',
  clinicAddress: 'г. Москва, ул. Фестивальная, д. 4',
  room: '214',
  liveFields: [],
};

describe('doctor appointment notifications', () => {
  it('confirms a booking to the patient, with the visit in Moscow time in both languages', () => {
    const [draft] = appointmentBooked.notificationsFor(event('appointment.booked', PAYLOAD))!;
    expect(draft.userId).toBe(PATIENT);
    expect(draft.title).toEqual({ ru: 'Вы записаны к врачу', en: 'Your doctor appointment is booked' });
    expect(draft.body.ru).toContain('Терапевт, Смирнова Елена Викторовна, 3 марта 2026 г. в 11:00 (мск)');
    expect(draft.body.ru).toContain('кабинет 214');
    expect(draft.body.en).toContain('General practitioner');
    expect(draft.body.en).toContain('11:00');
  });

  it('tells of a cancellation, a move and a reminder; the reminder also goes by SMS by default', () => {
    for (const [handler, type] of [
      [appointmentCancelled, 'appointment.cancelled'],
      [appointmentRescheduled, 'appointment.rescheduled'],
      [appointmentReminder, 'appointment.reminder'],
    ] as const) {
      expect(handler.type).toBe(type);
      expect(handler.source).toBe('healthcare');
      expect(handler.notificationsFor(event(type, PAYLOAD))).toHaveLength(1);
    }
    expect(appointmentReminder.defaultChannels).toEqual({ email: true, sms: true });
    expect(EVENT_HANDLERS).toEqual(expect.arrayContaining([appointmentBooked, appointmentCancelled, appointmentRescheduled, appointmentReminder]));
  });

  it('skips a payload it does not understand instead of notifying someone wrong', () => {
    expect(appointmentBooked.notificationsFor(event('appointment.booked', { ...PAYLOAD, patientId: 'nobody' }))).toBeNull();
    expect(appointmentBooked.notificationsFor(event('appointment.booked', { ...PAYLOAD, startsAt: 'soon' }))).toBeNull();
    expect(appointmentReminder.notificationsFor(event('appointment.reminder', { ...PAYLOAD, doctorName: 42 }))).toBeNull();
  });
});
