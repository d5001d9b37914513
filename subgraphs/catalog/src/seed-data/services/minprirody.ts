import { DOC } from '../documents';
import {
  addressField,
  dateField,
  enumField,
  formSchema,
  fullNameField,
  integerField,
  multiEnumField,
  passportField,
  patternField,
  photoField,
  textField,
} from '../form-fields';
import { SUBCATEGORY } from '../subcategories';
import type { ServiceSeed } from '../types';

const HUNTING_TICKET_NUMBER = patternField('Серия и номер охотничьего билета', '^\\d{2} № ?\\d{6}$');

export const MINPRIRODY_SERVICES: ServiceSeed[] = [
  {
    code: 'minprirody-hunting-ticket',
    title: { ru: 'Получение охотничьего билета единого федерального образца', en: 'Obtaining a federal hunting licence card' },
    description: {
      ru: 'Охотничий билет выдаётся бессрочно после проверки знания требований охотничьего минимума. Электронный билет можно получить без визита в охотуправление.',
      en: 'The hunting licence card is issued indefinitely after a test on the hunting rules minimum. An electronic card can be obtained without visiting the hunting authority.',
    },
    category: 'DOCUMENT',
    subcategory: SUBCATEGORY.HUNTING,
    departmentCode: 'MINPRIRODY',
    level: 'REGIONAL',
    regionCodes: [],
    requiredDocuments: [DOC.PASSPORT, DOC.PHOTO_30X40, { ru: 'Результат тестирования на знание охотничьего минимума', en: 'Result of the hunting rules test' }],
    feeKopecks: 0,
    processingDays: 5,
    onlineOnly: false,
    formSchema: formSchema('Заявление о выдаче охотничьего билета', ['fullName', 'birthDate', 'passport', 'residenceAddress', 'testPassedDate', 'ticketForm'], {
      fullName: fullNameField(),
      birthDate: dateField('Дата рождения'),
      passport: passportField(),
      residenceAddress: addressField('Адрес места жительства'),
      testPassedDate: dateField('Дата сдачи охотничьего минимума'),
      ticketForm: enumField('Форма билета', ['Электронный', 'Бумажный']),
      photo: photoField('Фотография 30×40 мм (для бумажного билета)'),
    }),
    popularity: 7000,
  },
  {
    code: 'minprirody-hunting-resources-permit',
    title: { ru: 'Разрешение на добычу охотничьих ресурсов', en: 'Permit to hunt game animals' },
    description: {
      ru: 'Разрешение на добычу лося, кабана, косули, пушных животных или птиц в общедоступных угодьях на сезон. Для копытных распределяется по заявкам и жеребьёвке.',
      en: 'A seasonal permit to hunt elk, wild boar, roe deer, fur animals or birds in public hunting grounds. Permits for ungulates are allocated by application and lottery.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.HUNTING,
    departmentCode: 'MINPRIRODY',
    level: 'REGIONAL',
    regionCodes: ['24', '29', '35', '38', '43', '54', '59', '66', '69', '76'],
    requiredDocuments: [DOC.PASSPORT, DOC.HUNTING_TICKET, DOC.FEE_RECEIPT],
    feeKopecks: 65000,
    processingDays: 5,
    onlineOnly: false,
    formSchema: formSchema('Заявление о выдаче разрешения на добычу охотничьих ресурсов', ['fullName', 'huntingTicketNumber', 'resourceType', 'huntingGround', 'season', 'quantity'], {
      fullName: fullNameField(),
      huntingTicketNumber: HUNTING_TICKET_NUMBER,
      resourceType: enumField('Вид охотничьих ресурсов', ['Лось', 'Кабан', 'Косуля', 'Пушные животные', 'Боровая дичь', 'Водоплавающая дичь', 'Медведь']),
      huntingGround: textField('Охотничье угодье', 300),
      season: enumField('Сезон', ['Весенний', 'Летне-осенний', 'Осенне-зимний']),
      quantity: integerField('Количество особей', 1, 50),
      methods: multiEnumField('Способы охоты', ['С подхода', 'Загоном', 'С собакой', 'С вышки'], 0),
    }),
    popularity: 5000,
  },
];
