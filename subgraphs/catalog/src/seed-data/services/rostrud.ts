import { DOC } from '../documents';
import {
  booleanField,
  dateField,
  enumField,
  filesField,
  formSchema,
  multiEnumField,
  numberField,
  organizationInnField,
  textField,
} from '../form-fields';
import { SUBCATEGORY } from '../subcategories';
import type { ServiceSeed } from '../types';

export const ROSTRUD_SERVICES: ServiceSeed[] = [
  {
    code: 'rostrud-labour-rights-violation-report',
    title: { ru: 'Сообщение о нарушении трудовых прав в трудовую инспекцию', en: 'Reporting a labour rights violation to the labour inspectorate' },
    description: {
      ru: 'Жалоба на задержку зарплаты, неоформление трудового договора или незаконное увольнение. Трудовая инспекция рассматривает обращение в течение 30 дней и может провести проверку работодателя.',
      en: 'A complaint about late wages, an unsigned employment contract or unlawful dismissal. The labour inspectorate considers it within 30 days and may inspect the employer.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.EMPLOYMENT,
    departmentCode: 'ROSTRUD',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [DOC.PASSPORT, { ru: 'Трудовой договор, расчётные листки, переписка с работодателем', en: 'Employment contract, payslips, correspondence with the employer' }],
    feeKopecks: 0,
    processingDays: 22,
    onlineOnly: true,
    formSchema: formSchema('Обращение в Государственную инспекцию труда', ['employerInn', 'employerName', 'violations', 'description', 'stillEmployed'], {
      employerInn: organizationInnField('ИНН работодателя'),
      employerName: textField('Наименование работодателя', 300),
      violations: multiEnumField('Нарушения', [
        'Задержка или невыплата зарплаты',
        'Зарплата ниже МРОТ',
        'Не оформлен трудовой договор',
        'Незаконное увольнение',
        'Не предоставлен отпуск',
        'Сверхурочная работа без оплаты',
        'Нарушение охраны труда',
      ]),
      unpaidAmountRubles: numberField('Сумма задолженности работодателя, ₽', 0, 100000000),
      description: textField('Опишите ситуацию', 5000, 30),
      stillEmployed: booleanField('Продолжаю работать у этого работодателя'),
      dismissalDate: dateField('Дата увольнения (если уволены)'),
      evidence: filesField('Документы', 0, 10),
      keepNameConfidential: booleanField('Не сообщать работодателю, что проверка проводится по моему обращению'),
    }),
    popularity: 14000,
  },
  {
    code: 'rostrud-labour-law-consultation',
    title: { ru: 'Консультация по вопросам трудового законодательства', en: 'Consultation on labour law' },
    description: {
      ru: 'Инспекторы труда отвечают на вопросы об отпусках, больничных, увольнении и оплате труда. Ответ приходит в течение 30 дней, типовые вопросы разбираются в базе знаний «Онлайнинспекция.РФ».',
      en: 'Labour inspectors answer questions on leave, sick pay, dismissal and wages. The reply arrives within 30 days; common questions are covered in the Onlineinspektsiya knowledge base.',
    },
    category: 'CONSULTATIVE',
    subcategory: SUBCATEGORY.EMPLOYMENT,
    departmentCode: 'ROSTRUD',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [],
    feeKopecks: 0,
    processingDays: 22,
    onlineOnly: true,
    formSchema: formSchema('Вопрос инспектору труда', ['role', 'topic', 'question'], {
      role: enumField('Вы', ['Работник', 'Работодатель', 'Соискатель']),
      topic: enumField('Тема', ['Оплата труда', 'Отпуска', 'Увольнение', 'Рабочее время', 'Охрана труда', 'Трудовой договор', 'Дистанционная работа']),
      question: textField('Вопрос', 3000, 20),
    }),
    popularity: 7000,
  },
];
