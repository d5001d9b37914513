import type { DoctorShift, WorkingHours } from './slots/schedule';
/** How far ahead the seed opens schedules (days, counting today). */
export const SCHEDULE_DAYS = 21;
/** How many past days of schedule the seed keeps (history; never bookable). */
export const HISTORY_DAYS = 7;

export interface DemoSpecialty {
  id: string;
  code: string;
  nameRu: string;
  nameEn: string;
}

const specialtyId = (n: number) => `c1000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const clinicId = (n: number) => `c2000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const doctorId = (n: number) => `c3000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DEMO_SPECIALTIES: DemoSpecialty[] = [
  { id: specialtyId(1), code: 'therapist', nameRu: 'Терапевт', nameEn: 'General practitioner' },
  { id: specialtyId(2), code: 'pediatrician', nameRu: 'Педиатр', nameEn: 'Paediatrician' },
  { id: specialtyId(3), code: 'surgeon', nameRu: 'Хирург', nameEn: 'Surgeon' },
  { id: specialtyId(4), code: 'ophthalmologist', nameRu: 'Офтальмолог', nameEn: 'Ophthalmologist' },
  { id: specialtyId(5), code: 'dentist', nameRu: 'Стоматолог-терапевт', nameEn: 'Dentist' },
  { id: specialtyId(6), code: 'neurologist', nameRu: 'Невролог', nameEn: 'Neurologist' },
  { id: specialtyId(7), code: 'otolaryngologist', nameRu: 'Оториноларинголог (ЛОР)', nameEn: 'Otolaryngologist (ENT)' },
  { id: specialtyId(8), code: 'cardiologist', nameRu: 'Кардиолог', nameEn: 'Cardiologist' },
  { id: specialtyId(9), code: 'endocrinologist', nameRu: 'Эндокринолог', nameEn: 'Endocrinologist' },
  { id: specialtyId(10), code: 'dermatologist', nameRu: 'Дерматовенеролог', nameEn: 'Dermatologist' },
  { id: specialtyId(11), code: 'urologist', nameRu: 'Уролог', nameEn: 'Urologist' },
  { id: specialtyId(12), code: 'gynecologist', nameRu: 'Акушер-гинеколог', nameEn: 'Obstetrician-gynaecologist' },
];

const WEEKDAYS_8_20_SAT_9_15: WorkingHours[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })),
  { weekday: 6, opens: '09:00', closes: '15:00' },
];
const WEEKDAYS_8_20: WorkingHours[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' }));
const WEEKDAYS_9_21_WEEKEND_9_18: WorkingHours[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '21:00' })),
  { weekday: 6, opens: '09:00', closes: '18:00' },
  { weekday: 7, opens: '09:00', closes: '18:00' },
];

export interface DemoClinic {
  id: string;
  name: string;
  regionCode: string;
  district: string;
  address: string;
  type: 'ADULT' | 'CHILDREN' | 'DENTAL' | 'DIAGNOSTIC';
  phone: string;
  hours: WorkingHours[];
  utcOffsetMinutes: number;
}

export const DEMO_CLINICS: DemoClinic[] = [
  {
    id: clinicId(1),
    name: 'ГБУЗ «Городская поликлиника № 62 ДЗМ»',
    regionCode: '77',
    district: 'САО',
    address: 'г. Москва, ул. Фестивальная, д. 4',
    type: 'ADULT',
    phone: '+74954579560',
    hours: WEEKDAYS_8_20_SAT_9_15,
    utcOffsetMinutes: 180,
  },
  {
    id: clinicId(2),
    name: 'ГБУЗ «Городская поликлиника № 170 ДЗМ»',
    regionCode: '77',
    district: 'ЮАО',
    address: 'г. Москва, Каширское ш., д. 27, корп. 2',
    type: 'ADULT',
    phone: '+74953241875',
    hours: WEEKDAYS_8_20_SAT_9_15,
    utcOffsetMinutes: 180,
  },
  {
    id: clinicId(3),
    name: 'ГБУЗ «Детская городская поликлиника № 133 ДЗМ»',
    regionCode: '77',
    district: 'ЗАО',
    address: 'г. Москва, ул. Лобачевского, д. 42, стр. 1',
    type: 'CHILDREN',
    phone: '+74954320215',
    hours: WEEKDAYS_8_20_SAT_9_15,
    utcOffsetMinutes: 180,
  },
  {
    id: clinicId(4),
    name: 'ГАУЗ «Стоматологическая поликлиника № 9 ДЗМ»',
    regionCode: '77',
    district: 'ЦАО',
    address: 'г. Москва, ул. Маросейка, д. 7/8',
    type: 'DENTAL',
    phone: '+74956245630',
    hours: WEEKDAYS_9_21_WEEKEND_9_18,
    utcOffsetMinutes: 180,
  },
  {
    id: clinicId(5),
    name: 'ГБУЗ «Консультативно-диагностический центр № 6 ДЗМ»',
    regionCode: '77',
    district: 'СВАО',
    address: 'г. Москва, Каргопольская ул., д. 18',
    type: 'DIAGNOSTIC',
    phone: '+74954707035',
    hours: WEEKDAYS_8_20,
    utcOffsetMinutes: 180,
  },
  {
    id: clinicId(6),
    name: 'ГБУЗ МО «Химкинская клиническая больница», поликлиника № 1',
    regionCode: '50',
    district: 'г.о. Химки',
    address: 'Московская обл., г. Химки, Куркинское ш., д. 11',
    type: 'ADULT',
    phone: '+74955721010',
    hours: WEEKDAYS_8_20_SAT_9_15,
    utcOffsetMinutes: 180,
  },
  {
    id: clinicId(7),
    name: 'СПб ГБУЗ «Городская поликлиника № 38»',
    regionCode: '78',
    district: 'Центральный район',
    address: 'г. Санкт-Петербург, ул. Маяковского, д. 5',
    type: 'ADULT',
    phone: '+78122724521',
    hours: WEEKDAYS_8_20_SAT_9_15,
    utcOffsetMinutes: 180,
  },
  {
    id: clinicId(8),
    name: 'ГАУЗ «Городская поликлиника № 21» г. Казани',
    regionCode: '16',
    district: 'Ново-Савиновский район',
    address: 'г. Казань, ул. Гаврилова, д. 2',
    type: 'ADULT',
    phone: '+78435221133',
    hours: WEEKDAYS_8_20,
    utcOffsetMinutes: 180,
  },
];

export interface DemoDoctor {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string;
  specialtyCode: string;
  clinicId: string;
  room: string;
  slotMinutes: number;
  shift: DoctorShift;
}

const ODD: DoctorShift = { weekdays: [1, 3, 5], part: 'MORNING' };
const EVEN: DoctorShift = { weekdays: [2, 4, 6], part: 'EVENING' };
const WEEK_MORNINGS: DoctorShift = { weekdays: [1, 2, 3, 4, 5], part: 'MORNING' };
const WEEK_EVENINGS: DoctorShift = { weekdays: [1, 2, 3, 4, 5], part: 'EVENING' };

type Row = [string, string, string, string, number, string, number, DoctorShift];

// [surname, name, patronymic, specialty, clinic, room, minutes per visit, shift]
const ROWS: Row[] = [
  ['Смирнова', 'Елена', 'Викторовна', 'therapist', 1, '214', 15, WEEK_MORNINGS],
  ['Кузнецов', 'Андрей', 'Павлович', 'therapist', 1, '216', 15, WEEK_EVENINGS],
  ['Попова', 'Ольга', 'Николаевна', 'surgeon', 1, '105', 20, ODD],
  ['Васильев', 'Игорь', 'Сергеевич', 'ophthalmologist', 1, '310', 20, EVEN],
  ['Новикова', 'Татьяна', 'Юрьевна', 'neurologist', 1, '318', 20, ODD],
  ['Фёдоров', 'Дмитрий', 'Олегович', 'otolaryngologist', 1, '302', 15, EVEN],
  ['Морозова', 'Наталья', 'Андреевна', 'gynecologist', 1, '120', 20, WEEK_MORNINGS],
  ['Волков', 'Сергей', 'Александрович', 'therapist', 2, '201', 15, WEEK_MORNINGS],
  ['Алексеева', 'Марина', 'Игоревна', 'therapist', 2, '203', 15, WEEK_EVENINGS],
  ['Лебедев', 'Павел', 'Викторович', 'urologist', 2, '112', 20, ODD],
  ['Семёнова', 'Ирина', 'Владимировна', 'endocrinologist', 2, '409', 20, EVEN],
  ['Егоров', 'Алексей', 'Михайлович', 'cardiologist', 2, '411', 20, WEEK_MORNINGS],
  ['Павлова', 'Светлана', 'Петровна', 'dermatologist', 2, '415', 15, EVEN],
  ['Козлова', 'Анна', 'Сергеевна', 'pediatrician', 3, '11', 15, WEEK_MORNINGS],
  ['Степанов', 'Михаил', 'Иванович', 'pediatrician', 3, '12', 15, WEEK_EVENINGS],
  ['Николаева', 'Юлия', 'Александровна', 'ophthalmologist', 3, '24', 20, ODD],
  ['Орлов', 'Константин', 'Дмитриевич', 'otolaryngologist', 3, '26', 15, EVEN],
  ['Андреева', 'Екатерина', 'Олеговна', 'neurologist', 3, '31', 20, EVEN],
  ['Макаров', 'Виктор', 'Геннадьевич', 'dentist', 4, '3', 30, WEEK_MORNINGS],
  ['Захарова', 'Людмила', 'Борисовна', 'dentist', 4, '4', 30, WEEK_EVENINGS],
  ['Зайцев', 'Роман', 'Евгеньевич', 'surgeon', 4, '7', 30, ODD],
  ['Соловьёва', 'Галина', 'Анатольевна', 'cardiologist', 5, '501', 30, WEEK_MORNINGS],
  ['Борисов', 'Евгений', 'Львович', 'endocrinologist', 5, '505', 30, ODD],
  ['Яковлева', 'Вера', 'Степановна', 'neurologist', 5, '507', 30, EVEN],
  ['Григорьев', 'Олег', 'Витальевич', 'urologist', 5, '512', 30, EVEN],
  ['Романова', 'Дарья', 'Игоревна', 'therapist', 6, '9', 15, WEEK_MORNINGS],
  ['Воробьёв', 'Артём', 'Николаевич', 'surgeon', 6, '14', 20, EVEN],
  ['Сергеева', 'Оксана', 'Викторовна', 'gynecologist', 6, '18', 20, ODD],
  ['Кузьмина', 'Полина', 'Андреевна', 'therapist', 7, '22', 15, WEEK_MORNINGS],
  ['Фролов', 'Никита', 'Сергеевич', 'ophthalmologist', 7, '35', 20, EVEN],
  ['Александрова', 'Ксения', 'Дмитриевна', 'dermatologist', 7, '40', 15, ODD],
  ['Гарипов', 'Ринат', 'Ильдарович', 'therapist', 8, '105', 15, WEEK_MORNINGS],
  ['Хасанова', 'Гульнара', 'Рашидовна', 'cardiologist', 8, '210', 20, EVEN],
  ['Сафин', 'Айдар', 'Маратович', 'otolaryngologist', 8, '215', 15, ODD],
];

export const DEMO_DOCTORS: DemoDoctor[] = ROWS.map(([lastName, firstName, middleName, specialtyCode, clinic, room, slotMinutes, shift], index) => ({
  id: doctorId(index + 1),
  lastName,
  firstName,
  middleName,
  specialtyCode,
  clinicId: clinicId(clinic),
  room,
  slotMinutes,
  shift,
}));
