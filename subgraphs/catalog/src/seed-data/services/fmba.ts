import { DOC } from '../documents';
import {
  booleanField,
  dateField,
  enumField,
  formSchema,
  fullNameField,
  integerField,
  organizationInnField,
  patternField,
  phoneField,
  timeSlotField,
} from '../form-fields';
import { SUBCATEGORY } from '../subcategories';
import type { ServiceSeed } from '../types';
import { CLINIC_OID, OMS_NUMBER, SPECIALTY } from './health-fields';

export const FMBA_SERVICES: ServiceSeed[] = [
  {
    code: 'fmba-doctor-appointment',
    title: { ru: 'Запись на приём к врачу в медицинскую организацию ФМБА России', en: 'Doctor appointment at an FMBA medical facility' },
    description: {
      ru: 'Жители закрытых городов и работники предприятий с особо опасными условиями труда обслуживаются в клиниках ФМБА. Запись доступна в регионах, где работают эти клиники.',
      en: 'Residents of closed towns and employees of hazardous industries are served by FMBA clinics. Booking is available in the regions where these clinics operate.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.HEALTH,
    departmentCode: 'FMBA',
    level: 'FEDERAL',
    regionCodes: ['24', '29', '47', '52', '66', '70', '74', '77'],
    requiredDocuments: [DOC.OMS_POLICY, DOC.PASSPORT],
    feeKopecks: 0,
    processingDays: 1,
    onlineOnly: true,
    formSchema: formSchema('Запись на приём в медицинскую организацию ФМБА', ['omsPolicyNumber', 'clinicOid', 'specialty', 'slot'], {
      omsPolicyNumber: OMS_NUMBER,
      clinicOid: CLINIC_OID,
      specialty: SPECIALTY,
      employerInn: organizationInnField('ИНН предприятия, обслуживаемого ФМБА'),
      slot: timeSlotField('Дата и время'),
    }),
    popularity: 6000,
  },
  {
    code: 'fmba-blood-donation-booking',
    title: { ru: 'Запись на донацию крови', en: 'Booking a blood donation' },
    description: {
      ru: 'Запись в центр крови на сдачу цельной крови, плазмы или тромбоцитов. Перед донацией нужен лёгкий завтрак, донору положены два выходных дня.',
      en: 'Book a blood, plasma or platelet donation at a blood centre. Have a light breakfast beforehand; donors are entitled to two days off.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.HEALTH,
    departmentCode: 'FMBA',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [DOC.PASSPORT, DOC.SNILS],
    feeKopecks: 0,
    processingDays: 1,
    onlineOnly: true,
    formSchema: formSchema('Запись на донацию', ['fullName', 'birthDate', 'donationType', 'bloodCentreId', 'slot', 'weightKg'], {
      fullName: fullNameField(),
      birthDate: dateField('Дата рождения'),
      donationType: enumField('Вид донации', ['Цельная кровь', 'Плазма', 'Тромбоциты', 'Эритроциты']),
      bloodGroup: enumField('Группа крови (если известна)', ['O(I) Rh+', 'O(I) Rh−', 'A(II) Rh+', 'A(II) Rh−', 'B(III) Rh+', 'B(III) Rh−', 'AB(IV) Rh+', 'AB(IV) Rh−']),
      weightKg: integerField('Вес, кг', 50, 250),
      bloodCentreId: patternField('Центр крови (идентификатор)', '^\\d{1,10}$'),
      slot: timeSlotField('Дата и время донации'),
      donorCertificateNeeded: booleanField('Нужна справка для работодателя'),
      phone: phoneField(),
    }),
    popularity: 9000,
  },
];
