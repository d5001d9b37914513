import { appointmentBooked, appointmentCancelled, appointmentReminder, appointmentRescheduled, type LocalizedText, type PayloadOf } from '@eco/kit';
import { eventHandler } from '../event-handler';
import { formatDateTime } from './payload-values';

/** What every appointment event says about the visit (healthcare's contracts share it). */
type Visit = PayloadOf<typeof appointmentBooked>;
type AppointmentContract = typeof appointmentBooked | typeof appointmentCancelled | typeof appointmentRescheduled | typeof appointmentReminder;

function visitText(p: Visit): LocalizedText {
  return {
    ru: `${p.specialtyRu}, ${p.doctorName}, ${formatDateTime(p.startsAt, 'ru')} (мск). ${p.clinicName}, ${p.clinicAddress}, кабинет ${p.room}.`,
    en: `${p.specialtyEn}, ${p.doctorName}, ${formatDateTime(p.startsAt, 'en')} (Moscow time). ${p.clinicName}, ${p.clinicAddress}, room ${p.room}.`,
  };
}

function appointmentHandler<C extends AppointmentContract>(contract: C, label: LocalizedText, title: LocalizedText, lead: LocalizedText, sms: boolean) {
  return eventHandler<C>({
    contract,
    label,
    defaultChannels: { email: true, sms },
    notificationsFor(payload) {
      const visit = visitText(payload);
      return [{ userId: payload.patientId, title, body: { ru: `${lead.ru} ${visit.ru}`, en: `${lead.en} ${visit.en}` } }];
    },
  });
}

/** «Вы записаны к врачу»: the confirmation of a booking. */
export const appointmentBookedHandler = appointmentHandler(
  appointmentBooked,
  { ru: 'Запись к врачу', en: 'Doctor appointments' },
  { ru: 'Вы записаны к врачу', en: 'Your doctor appointment is booked' },
  { ru: 'Запись подтверждена:', en: 'Confirmed:' },
  false,
);

export const appointmentCancelledHandler = appointmentHandler(
  appointmentCancelled,
  { ru: 'Отмена записи к врачу', en: 'Cancelled doctor appointments' },
  { ru: 'Запись к врачу отменена', en: 'Your doctor appointment is cancelled' },
  { ru: 'Отменена запись:', en: 'Cancelled:' },
  false,
);

export const appointmentRescheduledHandler = appointmentHandler(
  appointmentRescheduled,
  { ru: 'Перенос записи к врачу', en: 'Moved doctor appointments' },
  { ru: 'Запись к врачу перенесена', en: 'Your doctor appointment has been moved' },
  { ru: 'Новое время:', en: 'New time:' },
  false,
);

/** «Напоминаем о приёме»: a day before the visit, also by SMS. */
export const appointmentReminderHandler = appointmentHandler(
  appointmentReminder,
  { ru: 'Напоминание о приёме у врача', en: 'Doctor appointment reminders' },
  { ru: 'Напоминаем о приёме у врача', en: 'Reminder: doctor appointment' },
  { ru: 'Ждём вас:', en: 'We expect you:' },
  true,
);
