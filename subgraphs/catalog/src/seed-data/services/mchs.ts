import { DOC } from '../documents';
import {
  dateField,
  dateTimeField,
  enumField,
  fileField,
  formSchema,
  fullNameField,
  integerField,
  multiEnumField,
  numberField,
  objectField,
  passportField,
  patternField,
  textField,
} from '../form-fields';
import { SUBCATEGORY } from '../subcategories';
import type { ServiceSeed } from '../types';

const GIMS_UNIT = patternField('Подразделение ГИМС МЧС России (код)', '^\\d{2}-\\d{3}$');
// Small-boat registration numbers: Cyrillic letter(s), digits and the region code, e.g. Р12-34МН.
const BOAT_NUMBER = patternField('Регистрационный номер судна', '^[А-ЯЁ]{1,2}\\d{2}-\\d{2}[А-ЯЁ]{2}$');

const BOAT = objectField('Маломерное судно', ['boatType', 'model', 'hullNumber', 'lengthM', 'capacityPersons'], {
  boatType: enumField('Тип судна', ['Моторная лодка', 'Катер', 'Гидроцикл', 'Парусная яхта', 'Надувная лодка с мотором']),
  model: textField('Модель', 100),
  hullNumber: patternField('Строительный (заводской) номер корпуса', '^[0-9A-Za-z-]{3,30}$'),
  buildYear: integerField('Год постройки', 1950, 2030),
  lengthM: numberField('Длина, м', 1, 20),
  capacityPersons: integerField('Пассажировместимость', 1, 12),
  enginePowerKw: numberField('Мощность двигателя, кВт', 0, 1000),
});

export const MCHS_SERVICES: ServiceSeed[] = [
  {
    code: 'mchs-small-boat-registration',
    title: { ru: 'Государственная регистрация маломерного судна', en: 'State registration of a small boat' },
    description: {
      ru: 'Регистрировать нужно лодки массой более 200 кг или с мотором мощнее 8 кВт, гидроциклы и яхты. После осмотра в ГИМС выдаётся судовой билет и бортовой номер.',
      en: 'Boats over 200 kg or with engines above 8 kW, jet skis and yachts must be registered. After an inspection the small-boat authority issues a ship ticket and a hull number.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.SMALL_BOATS,
    departmentCode: 'MCHS',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [DOC.PASSPORT, DOC.BOAT_DOCUMENTS, DOC.FEE_RECEIPT],
    feeKopecks: 160000,
    processingDays: 7,
    onlineOnly: false,
    formSchema: formSchema('Заявление о государственной регистрации маломерного судна', ['owner', 'passport', 'boat', 'ownershipDocument', 'baseLocation', 'gimsUnit', 'inspectionDateTime'], {
      owner: fullNameField('ФИО собственника'),
      passport: passportField(),
      boat: BOAT,
      ownershipDocument: fileField('Договор купли-продажи или иной документ о праве собственности'),
      baseLocation: textField('Место базирования судна', 300),
      gimsUnit: GIMS_UNIT,
      inspectionDateTime: dateTimeField('Дата и время осмотра судна'),
    }),
    popularity: 5000,
  },
  {
    code: 'mchs-small-boat-skipper-exam',
    title: { ru: 'Запись на аттестацию на право управления маломерными судами', en: 'Booking the small-boat skipper certification exam' },
    description: {
      ru: 'Теоретический и практический экзамен в ГИМС для получения удостоверения на право управления маломерным судном. Удостоверение действует 10 лет.',
      en: 'Theory and practical exams at the small-boat authority for a skipper certificate, which is valid for 10 years.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.SMALL_BOATS,
    departmentCode: 'MCHS',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [DOC.PASSPORT, DOC.MEDICAL_REPORT, DOC.PHOTO_35X45, { ru: 'Документ о прохождении подготовки (при наличии)', en: 'Training certificate (if any)' }],
    feeKopecks: 0,
    processingDays: 10,
    onlineOnly: false,
    formSchema: formSchema('Заявление на аттестацию судоводителя маломерного судна', ['fullName', 'birthDate', 'passport', 'vesselTypes', 'navigationArea', 'medicalReportNumber', 'gimsUnit', 'examDateTime'], {
      fullName: fullNameField(),
      birthDate: dateField('Дата рождения'),
      passport: passportField(),
      vesselTypes: multiEnumField('Типы судов', ['Моторное судно', 'Гидроцикл', 'Парусное судно', 'Парусно-моторное судно']),
      navigationArea: enumField('Район плавания', ['Внутренние водные пути', 'Внутренние воды', 'Морские воды']),
      medicalReportNumber: textField('Номер медицинского заключения', 30),
      gimsUnit: GIMS_UNIT,
      examDateTime: dateTimeField('Дата и время экзамена'),
    }),
    popularity: 3500,
  },
  {
    code: 'mchs-small-boat-deregistration',
    title: { ru: 'Исключение маломерного судна из реестра', en: 'Removing a small boat from the register' },
    description: {
      ru: 'Судно исключается из реестра при продаже, гибели, утилизации или переходе в другой регион. Судовой билет сдаётся в ГИМС.',
      en: 'A boat is removed from the register after sale, loss, scrapping or a move to another region. The ship ticket is returned to the small-boat authority.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.SMALL_BOATS,
    departmentCode: 'MCHS',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [DOC.PASSPORT, { ru: 'Судовой билет', en: 'Ship ticket' }],
    feeKopecks: 0,
    processingDays: 5,
    onlineOnly: false,
    formSchema: formSchema('Заявление об исключении маломерного судна из реестра', ['owner', 'boatNumber', 'reason', 'eventDate', 'gimsUnit'], {
      owner: fullNameField('ФИО собственника'),
      boatNumber: BOAT_NUMBER,
      reason: enumField('Причина', ['Продажа', 'Гибель или утрата', 'Утилизация', 'Перевод в другой регион']),
      eventDate: dateField('Дата события'),
      gimsUnit: GIMS_UNIT,
    }),
    popularity: 1200,
  },
];
