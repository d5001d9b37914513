import { DOC } from '../documents';
import {
  arrayField,
  booleanField,
  consentField,
  dateField,
  enumField,
  filesField,
  formSchema,
  fullNameField,
  integerField,
  multiEnumField,
  objectField,
  organizationInnField,
  patternField,
  snilsField,
  textField,
} from '../form-fields';
import { SUBCATEGORY } from '../subcategories';
import type { ServiceSeed } from '../types';
import { CERTIFICATE_NUMBER } from './education-fields';

const SPECIALITY_CODE = patternField('Код направления подготовки', '^\\d{2}\\.\\d{2}\\.\\d{2}$');

export const MINOBRNAUKI_SERVICES: ServiceSeed[] = [
  {
    code: 'minobrnauki-university-admission',
    title: { ru: 'Поступление в вуз онлайн', en: 'Online university admission' },
    description: {
      ru: 'Заявление можно подать в пять вузов, в каждом — на пять направлений. Результаты ЕГЭ и достижения подтягиваются автоматически, согласие на зачисление подаётся там же.',
      en: 'You can apply to five universities with up to five programmes each. EGE results and achievements are pulled in automatically, and consent to enrolment is submitted in the same place.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.EDUCATION,
    departmentCode: 'MINOBRNAUKI',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [DOC.PASSPORT, DOC.SCHOOL_CERTIFICATE, DOC.SNILS, { ru: 'Документы об индивидуальных достижениях', en: 'Documents on individual achievements' }],
    feeKopecks: 0,
    processingDays: 5,
    onlineOnly: true,
    formSchema: formSchema(
      'Заявление о приёме на обучение по программам бакалавриата и специалитета',
      ['applicant', 'birthDate', 'snils', 'schoolCertificateNumber', 'universityInn', 'programmes', 'fundingBasis', 'consent'],
      {
        applicant: fullNameField('ФИО поступающего'),
        birthDate: dateField('Дата рождения'),
        snils: snilsField(),
        schoolCertificateNumber: CERTIFICATE_NUMBER,
        universityInn: organizationInnField('ИНН вуза'),
        programmes: arrayField('Конкурсные группы (в порядке приоритета)', objectField('Направление', ['specialityCode', 'studyForm', 'priority'], {
          specialityCode: SPECIALITY_CODE,
          studyForm: enumField('Форма обучения', ['Очная', 'Очно-заочная', 'Заочная']),
          priority: integerField('Приоритет', 1, 5),
        }), 1, 5),
        fundingBasis: multiEnumField('Основа обучения', ['Бюджетные места', 'Целевая квота', 'Особая квота', 'Отдельная квота', 'Платное обучение']),
        achievements: filesField('Индивидуальные достижения (ГТО, олимпиады, золотая медаль)', 0, 10),
        needDormitory: booleanField('Нужно общежитие'),
        consent: consentField(),
      },
    ),
    popularity: 50000,
  },
  {
    code: 'minobrnauki-targeted-training-contract',
    title: { ru: 'Заключение договора о целевом обучении', en: 'Signing a targeted training contract' },
    description: {
      ru: 'Работодатель оплачивает или поддерживает обучение студента, а выпускник отрабатывает у него не менее трёх лет. Предложения размещаются на портале «Работа России».',
      en: 'An employer funds or supports a student’s studies and the graduate works for them for at least three years. Offers are published on the Rabota Rossii portal.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.EDUCATION,
    departmentCode: 'MINOBRNAUKI',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [DOC.PASSPORT, DOC.SNILS, DOC.SCHOOL_CERTIFICATE],
    feeKopecks: 0,
    processingDays: 10,
    onlineOnly: true,
    formSchema: formSchema('Заявка на целевое обучение', ['applicant', 'offerId', 'employerInn', 'specialityCode', 'motivation', 'consent'], {
      applicant: fullNameField('ФИО поступающего'),
      offerId: patternField('Предложение о целевом обучении (идентификатор)', '^\\d{1,15}$'),
      employerInn: organizationInnField('ИНН заказчика целевого обучения'),
      specialityCode: SPECIALITY_CODE,
      motivation: textField('Почему хотите работать у заказчика', 2000),
      consent: consentField(),
    }),
    popularity: 4000,
  },
];
