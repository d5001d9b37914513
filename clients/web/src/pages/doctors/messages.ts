import type { AreaMessages } from '../../i18n/i18n';

export const doctorsMessages: AreaMessages<
  | 'title'
  | 'specialty'
  | 'anySpecialty'
  | 'clinic'
  | 'chooseClinic'
  | 'doctors'
  | 'noDoctors'
  | 'room'
  | 'freeSlots'
  | 'noSlots'
  | 'book'
  | 'booked'
  | 'mine'
  | 'noAppointments'
  | 'cancel'
  | 'cancelled'
  | 'reschedule'
  | 'rescheduled'
  | 'calendar'
> = {
  ru: {
    title: 'Запись к врачу',
    specialty: 'Специальность',
    anySpecialty: 'Любая',
    clinic: 'Поликлиника',
    chooseClinic: 'Выберите поликлинику',
    doctors: 'Врачи и свободное время',
    noDoctors: 'Нет врачей этой специальности',
    room: 'кабинет {room}',
    freeSlots: 'Свободное время: {doctor}',
    noSlots: 'Свободного времени нет',
    book: 'Записаться на {time}',
    booked: 'Вы записаны на {time}',
    mine: 'Мои записи',
    noAppointments: 'Предстоящих записей нет',
    cancel: 'Отменить запись',
    cancelled: 'Запись отменена',
    reschedule: 'Перенести на {time}',
    rescheduled: 'Запись перенесена на {time}',
    calendar: 'Добавить в календарь (.ics)',
  },
  en: {
    title: 'Doctor appointments',
    specialty: 'Specialty',
    anySpecialty: 'Any',
    clinic: 'Clinic',
    chooseClinic: 'Choose a clinic',
    doctors: 'Doctors and free times',
    noDoctors: 'No doctors of this specialty',
    room: 'room {room}',
    freeSlots: 'Free times: {doctor}',
    noSlots: 'No free times',
    book: 'Book {time}',
    booked: 'Booked for {time}',
    mine: 'My appointments',
    noAppointments: 'No upcoming appointments',
    cancel: 'Cancel the appointment',
    cancelled: 'The appointment is cancelled',
    reschedule: 'Move to {time}',
    rescheduled: 'Moved to {time}',
    calendar: 'Add to calendar (.ics)',
  },
};
