import type { Locale } from '@eco/kit';
import type { VisitFacts } from './appointment-events';
import type { AppointmentRow } from './appointments.service';
import { calendarEntry } from './ics';

/** The .ics text of an appointment, in the patient's language. */
export function appointmentCalendar(appointment: AppointmentRow, visit: VisitFacts, locale: Locale, stamp: Date): string {
  const { doctor, slot } = visit;
  const specialty = locale === 'ru' ? doctor.specialty.nameRu : doctor.specialty.nameEn;
  const doctorName = [doctor.lastName, doctor.firstName, doctor.middleName].filter(Boolean).join(' ');
  const room = locale === 'ru' ? `кабинет ${doctor.room}` : `room ${doctor.room}`;
  return calendarEntry({
    uid: `${appointment.id}@healthcare.gosuslugi.local`,
    startsAt: slot.startsAt,
    durationMinutes: slot.durationMinutes,
    summary: locale === 'ru' ? `Приём: ${specialty}, ${doctorName}` : `Appointment: ${specialty}, ${doctorName}`,
    location: `${doctor.clinic.name}, ${doctor.clinic.address}`,
    description:
      locale === 'ru'
        ? `${doctor.clinic.name}\n${room}\nТелефон регистратуры: ${doctor.clinic.phone}\nВозьмите паспорт и полис ОМС.`
        : `${doctor.clinic.name}\n${room}\nRegistry phone: ${doctor.clinic.phone}\nBring your passport and OMS policy.`,
    stamp,
    sequence: appointment.rescheduled + (appointment.status === 'CANCELLED' ? 1 : 0),
    cancelled: appointment.status === 'CANCELLED',
  });
}
