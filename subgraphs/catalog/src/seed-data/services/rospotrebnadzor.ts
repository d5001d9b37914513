import { DOC } from '../documents';
import {
  addressField,
  booleanField,
  dateField,
  enumField,
  filesField,
  formSchema,
  multiEnumField,
  numberField,
  organizationInnField,
  phoneField,
  textField,
} from '../form-fields';
import { SUBCATEGORY } from '../subcategories';
import type { ServiceSeed } from '../types';

const SPHERE = enumField('Сфера', ['Розничная торговля', 'Интернет-магазин', 'Общественное питание', 'Бытовые услуги', 'Туризм', 'Банковские услуги', 'Связь', 'ЖКУ', 'Медицинские услуги', 'Образовательные услуги']);

export const ROSPOTREBNADZOR_SERVICES: ServiceSeed[] = [
  {
    code: 'rospotrebnadzor-consumer-rights-complaint',
    title: { ru: 'Жалоба на нарушение прав потребителей', en: 'Consumer rights complaint' },
    description: {
      ru: 'Жалоба на продавца или исполнителя, который отказался вернуть деньги, продал некачественный товар или нарушил санитарные нормы. Ответ — в течение 30 дней, возможна профилактическая проверка.',
      en: 'A complaint about a seller or service provider who refused a refund, sold faulty goods or broke sanitary rules. The reply comes within 30 days; a preventive inspection may follow.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.CONSUMER,
    departmentCode: 'ROSPOTREBNADZOR',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [{ ru: 'Чек, договор или иное подтверждение покупки', en: 'Receipt, contract or other proof of purchase' }, { ru: 'Претензия продавцу и его ответ', en: 'Claim to the seller and the reply' }],
    feeKopecks: 0,
    processingDays: 22,
    onlineOnly: true,
    formSchema: formSchema('Обращение о нарушении прав потребителей', ['sphere', 'sellerName', 'sellerAddress', 'purchaseDate', 'violationTypes', 'description'], {
      sphere: SPHERE,
      sellerName: textField('Продавец или исполнитель', 300),
      sellerInn: organizationInnField('ИНН продавца'),
      sellerAddress: addressField('Адрес продавца'),
      purchaseDate: dateField('Дата покупки или договора'),
      amountRubles: numberField('Сумма покупки, ₽', 0, 100000000),
      violationTypes: multiEnumField('Нарушения', ['Отказ вернуть деньги', 'Некачественный товар', 'Нарушение сроков', 'Навязывание услуг', 'Недостоверная информация о товаре', 'Санитарные нарушения']),
      claimSent: booleanField('Претензия продавцу направлена'),
      description: textField('Описание ситуации', 5000, 30),
      evidence: filesField('Документы и фото', 0, 10),
    }),
    popularity: 16000,
  },
  {
    code: 'rospotrebnadzor-consumer-rights-consultation',
    title: { ru: 'Консультация по защите прав потребителей', en: 'Consumer protection consultation' },
    description: {
      ru: 'Специалисты консультационных центров помогают составить претензию или иск, объясняют сроки возврата и обмена товара. Консультация бесплатна, в том числе по телефону.',
      en: 'Specialists at consultation centres help draft a claim or lawsuit and explain return and exchange deadlines. Free of charge, including by phone.',
    },
    category: 'CONSULTATIVE',
    subcategory: SUBCATEGORY.CONSUMER,
    departmentCode: 'ROSPOTREBNADZOR',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [DOC.APPLICATION],
    feeKopecks: 0,
    processingDays: 5,
    onlineOnly: false,
    formSchema: formSchema('Запрос консультации по защите прав потребителей', ['sphere', 'question', 'format'], {
      sphere: SPHERE,
      question: textField('Вопрос', 3000, 20),
      format: enumField('Формат', ['Письменный ответ', 'Звонок', 'Личный приём']),
      needClaimDraft: booleanField('Нужна помощь в составлении претензии'),
      phone: phoneField(),
    }),
    popularity: 9000,
  },
];
