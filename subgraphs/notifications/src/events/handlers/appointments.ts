import type { FeedEvent, LocalizedText } from '@eco/kit';
import type { EventHandler, NotificationDraft } from '../event-handler';
import { isUuid } from './payload-values';

/** The payload healthcare writes for every appointment event (its outbox contract). */
interface AppointmentPayload {
  patientId: string;
  startsAt: string;
  doctorName: string;
  specialtyRu: string;
  specialtyEn: string;
  clinicName: string;
  clinicAddress: string;
  room: string;
}

function parse(payload: Record<string, unknown>): AppointmentPayload | null {
  const { patientId, startsAt } = payload;
  if (!isUuid(patientId) || typeof startsAt !== 'string' || Number.isNaN(Date.parse(startsAt))) return null;
  const texts = ['doctorName', 'specialtyRu', 'specialtyEn', 'clinicName', 'clinicAddress', 'room'] as const;
  if (texts.some((key) => typeof payload[key] !== 'string')) return null;
  return payload as unknown as AppointmentPayload;
}

/** A visit time as people read it, in Moscow time: «3 марта 2026 г., 11:00». */
function formatVisit(iso: string, locale: 'ru' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Moscow',
  }).format(new Date(iso));
}

function visitText(p: AppointmentPayload): LocalizedText {
  return {
    ru: `${p.specialtyRu}, ${p.doctorName}, ${formatVisit(p.startsAt, 'ru')} (мск). ${p.clinicName}, ${p.clinicAddress}, кабинет ${p.room}.`,
    en: `${p.specialtyEn}, ${p.doctorName}, ${formatVisit(p.startsAt, 'en')} (Moscow time). ${p.clinicName}, ${p.clinicAddress}, room ${p.room}.`,
  };
}

function appointmentHandler(type: string, label: LocalizedText, title: LocalizedText, lead: LocalizedText, sms: boolean): EventHandler {
  return {
    type,
    source: 'healthcare',
    label,
    defaultChannels: { email: true, sms },
    notificationsFor(event: FeedEvent): NotificationDraft[] | null {
      const payload = parse(event.payload);
      if (!payload) return null;
      const visit = visitText(payload);
      return [{ userId: payload.patientId.toLowerCase(), title, body: { ru: `${lead.ru} ${visit.ru}`, en: `${lead.en} ${visit.en}` } }];
    },
  };
}

/** «Вы записаны к врачу»: the confirmation of a booking. */
export const appointmentBooked = appointmentHandler(
  'appointment.booked',
  { ru: 'Запись к врачу', en: 'Doctor appointments' },
  { ru: 'Вы записаны к врачу', en: 'Your doctor appointment is booked' },
  { ru: 'Запись подтверждена:', en: 'Confirmed:' },
  false,
);

export const appointmentCancelled = appointmentHandler(
  'appointment.cancelled',
  { ru: 'Отмена записи к врачу', en: 'Cancelled doctor appointments' },
  { ru: 'Запись к врачу отменена', en: 'Your doctor appointment is cancelled' },
  { ru: 'Отменена запись:', en: 'Cancelled:' },
  false,
);

export const appointmentRescheduled = appointmentHandler(
  'appointment.rescheduled',
  { ru: 'Перенос записи к врачу', en: 'Moved doctor appointments' },
  { ru: 'Запись к врачу перенесена', en: 'Your doctor appointment has been moved' },
  { ru: 'Новое время:', en: 'New time:' },
  false,
);

/** «Напоминаем о приёме»: a day before the visit, also by SMS. */
export const appointmentReminder = appointmentHandler(
  'appointment.reminder',
  { ru: 'Напоминание о приёме у врача', en: 'Doctor appointment reminders' },
  { ru: 'Напоминаем о приёме у врача', en: 'Reminder: doctor appointment' },
  { ru: 'Ждём вас:', en: 'We expect you:' },
  true,
);
