import { appointmentBooked, appointmentCancelled, appointmentReminder, appointmentRescheduled, type PayloadOf } from '@eco/kit';
import { EVENT_HANDLERS } from '../src/events/handlers';
import { appointmentBookedHandler, appointmentCancelledHandler, appointmentReminderHandler, appointmentRescheduledHandler } from '../src/events/handlers/appointments';
import { eventOf } from './support/events';

const PATIENT = '00000000-0000-4000-8000-000000000001';

// As healthcare writes it (its contract).
const VISIT: PayloadOf<typeof appointmentBooked> = {
  appointmentId: '6f1c2a9e-0000-4000-8000-0000000000b1',
  patientId: PATIENT,
  status: 'BOOKED',
  startsAt: '2026-03-03T08:00:00.000Z',
  durationMinutes: 15,
  doctorName: 'Смирнова Елена Викторовна',
  specialtyRu: 'Терапевт',
  specialtyEn: 'General practitioner',
  clinicName: 'ГБУЗ «Городская поликлиника № 62 ДЗМ»',
  clinicAddress: 'г. Москва, ул. Фестивальная, д. 4',
  room: '214',
};
const subject = { type: 'Appointment', id: VISIT.appointmentId };

describe('doctor appointment notifications', () => {
  it('confirms a booking to the patient, with the visit in Moscow time in both languages', () => {
    const [draft] = appointmentBookedHandler.notificationsFor(VISIT, eventOf(appointmentBooked, VISIT, { subject }));
    expect(draft.userId).toBe(PATIENT);
    expect(draft.title).toEqual({ ru: 'Вы записаны к врачу', en: 'Your doctor appointment is booked' });
    expect(draft.body.ru).toContain('Терапевт, Смирнова Елена Викторовна, 3 марта 2026 г. в 11:00 (мск)');
    expect(draft.body.ru).toContain('кабинет 214');
    expect(draft.body.en).toContain('General practitioner');
    expect(draft.body.en).toContain('11:00');
  });

  it('tells of a cancellation, a move and a reminder; the reminder also goes by SMS by default', () => {
    const cancelled = { ...VISIT, status: 'CANCELLED' as const };
    const moved = { ...VISIT, previousStartsAt: '2026-03-02T08:00:00.000Z' };
    expect(appointmentCancelledHandler.notificationsFor(cancelled, eventOf(appointmentCancelled, cancelled, { subject }))).toHaveLength(1);
    expect(appointmentRescheduledHandler.notificationsFor(moved, eventOf(appointmentRescheduled, moved, { subject }))[0].body.ru).toContain('Новое время:');
    expect(appointmentReminderHandler.notificationsFor(VISIT, eventOf(appointmentReminder, VISIT, { subject }))[0].title.ru).toBe('Напоминаем о приёме у врача');
    expect(appointmentReminderHandler.defaultChannels).toEqual({ email: true, sms: true });
    expect([appointmentCancelledHandler, appointmentRescheduledHandler, appointmentReminderHandler].map((handler) => handler.contract)).toEqual([
      appointmentCancelled,
      appointmentRescheduled,
      appointmentReminder,
    ]);
    expect(EVENT_HANDLERS).toEqual(expect.arrayContaining([appointmentBookedHandler, appointmentCancelledHandler, appointmentRescheduledHandler, appointmentReminderHandler]));
  });
});
