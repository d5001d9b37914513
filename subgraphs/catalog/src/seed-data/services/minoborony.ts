import { DOC } from '../documents';
import {
  addressField,
  confirmField,
  dateField,
  enumField,
  filesField,
  formSchema,
  fullNameField,
  passportField,
  snilsField,
  textField,
} from '../form-fields';
import { SUBCATEGORY } from '../subcategories';
import type { ServiceSeed } from '../types';

export const MINOBORONY_SERVICES: ServiceSeed[] = [
  {
    code: 'minoborony-alternative-civilian-service',
    title: { ru: 'Замена военной службы по призыву альтернативной гражданской службой', en: 'Replacing conscript military service with alternative civilian service' },
    description: {
      ru: 'Заявление подаётся до 1 апреля для весеннего призыва и до 1 октября для осеннего, если несение военной службы противоречит убеждениям или вероисповеданию. Решение принимает призывная комиссия.',
      en: 'Apply by 1 April for the spring call-up or by 1 October for the autumn one if military service contradicts your convictions or religion. The draft board decides.',
    },
    category: 'TRANSACTIONAL',
    subcategory: SUBCATEGORY.MILITARY,
    departmentCode: 'MINOBORONY',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [DOC.PASSPORT, { ru: 'Автобиография', en: 'Autobiography' }, { ru: 'Характеристика с места работы или учёбы', en: 'Reference from work or study' }],
    feeKopecks: 0,
    processingDays: 22,
    onlineOnly: false,
    formSchema: formSchema('Заявление о замене военной службы по призыву альтернативной гражданской службой', ['fullName', 'birthDate', 'passport', 'residenceAddress', 'callUp', 'grounds', 'justification', 'autobiography'], {
      fullName: fullNameField(),
      birthDate: dateField('Дата рождения'),
      passport: passportField(),
      snils: snilsField(),
      residenceAddress: addressField('Адрес регистрации'),
      callUp: enumField('Призыв', ['Весенний', 'Осенний']),
      grounds: enumField('Основание', ['Убеждения', 'Вероисповедание', 'Принадлежность к коренному малочисленному народу']),
      justification: textField('Обоснование', 5000, 100),
      autobiography: filesField('Автобиография и характеристика'),
    }),
    popularity: 3000,
  },
  {
    code: 'minoborony-military-register-extract',
    title: { ru: 'Выписка из реестра воинского учёта', en: 'Extract from the military registration register' },
    description: {
      ru: 'Показывает сведения о постановке на воинский учёт, категории годности и военкомате. Если данные неверны, их можно исправить, обратившись в военный комиссариат.',
      en: 'Shows your military registration status, fitness category and commissariat. If the data is wrong, it can be corrected at the military commissariat.',
    },
    category: 'DOCUMENT',
    subcategory: SUBCATEGORY.MILITARY,
    departmentCode: 'MINOBORONY',
    level: 'FEDERAL',
    regionCodes: [],
    requiredDocuments: [],
    feeKopecks: 0,
    processingDays: 1,
    onlineOnly: true,
    formSchema: formSchema('Запрос выписки из реестра воинского учёта', ['snils', 'confirmIdentity'], {
      snils: snilsField(),
      confirmIdentity: confirmField('Подтверждаю запрос сведений о себе'),
    }),
    popularity: 8000,
  },
];
