import type { JsonSchema } from '../src/components/json-schema-form';

// Fragments shaped like the catalog's builders (subgraphs/catalog/src/seed-data/form-fields.ts).
const UUID = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
const NAME = "^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]*$";
export const file = (title: string, types = ['application/pdf', 'image/jpeg', 'image/png']): JsonSchema => ({
  type: 'object',
  title,
  required: ['fileId', 'mimeType'],
  additionalProperties: false,
  properties: { fileId: { type: 'string', title: 'Идентификатор загруженного файла', pattern: UUID }, fileName: { type: 'string', title: 'Имя файла', minLength: 1, maxLength: 255 }, mimeType: { type: 'string', title: 'Тип файла', enum: types } },
});
const fullName = (title: string): JsonSchema => ({
  type: 'object',
  title,
  required: ['lastName', 'firstName'],
  additionalProperties: false,
  properties: { lastName: { type: 'string', title: 'Фамилия', pattern: NAME, maxLength: 100 }, firstName: { type: 'string', title: 'Имя', pattern: NAME, maxLength: 100 }, middleName: { type: 'string', title: 'Отчество (при наличии)', pattern: NAME, maxLength: 100 } },
});

/** Every field kind the catalog's forms use. */
export const FORM: JsonSchema = {
  type: 'object',
  title: 'Заявление',
  required: ['fullName', 'passport', 'phone', 'gender', 'delivery', 'benefits', 'birthDate', 'children', 'photo', 'scans', 'consent'],
  additionalProperties: false,
  properties: {
    fullName: fullName('ФИО'),
    passport: {
      type: 'object',
      title: 'Паспорт гражданина РФ',
      required: ['series', 'number', 'issueDate', 'divisionCode'],
      additionalProperties: false,
      properties: { series: { type: 'string', title: 'Серия', pattern: '^\\d{4}$' }, number: { type: 'string', title: 'Номер', pattern: '^\\d{6}$' }, issueDate: { type: 'string', title: 'Дата выдачи', format: 'date' }, divisionCode: { type: 'string', title: 'Код подразделения', pattern: '^\\d{3}-\\d{3}$' } },
    },
    address: {
      type: 'object',
      title: 'Адрес',
      required: ['regionCode', 'locality', 'house'],
      additionalProperties: false,
      properties: { regionCode: { type: 'string', title: 'Код субъекта РФ', pattern: '^\\d{2}$' }, locality: { type: 'string', title: 'Населённый пункт', minLength: 1, maxLength: 150 }, house: { type: 'string', title: 'Дом', minLength: 1, maxLength: 20 } },
    },
    phone: { type: 'string', title: 'Контактный телефон', pattern: '^\\+7\\d{10}$' },
    email: { type: 'string', title: 'Электронная почта', format: 'email', maxLength: 254 },
    gender: { type: 'string', title: 'Пол', enum: ['Мужской', 'Женский'] },
    delivery: { type: 'string', title: 'Способ получения результата', enum: ['В личный кабинет', 'В МФЦ', 'Почтой', 'Курьером', 'В консульстве'] },
    benefits: { type: 'array', title: 'Льготы', minItems: 1, maxItems: 3, uniqueItems: true, items: { type: 'string', enum: ['Инвалидность', 'Многодетность', 'Ветеран'] } },
    birthDate: { type: 'string', title: 'Дата рождения', format: 'date' },
    visitAt: { type: 'string', title: 'Желаемое время приёма', format: 'date-time' },
    income: { type: 'number', title: 'Доход за год', minimum: 0, maximum: 100000000 },
    year: { type: 'integer', title: 'Год', minimum: 2015, maximum: 2030 },
    married: { type: 'boolean', title: 'Состою в браке' },
    children: { type: 'array', title: 'Дети', minItems: 1, maxItems: 2, items: { type: 'object', title: 'Ребёнок', required: ['fullName', 'birthDate'], additionalProperties: false, properties: { fullName: fullName('ФИО ребёнка'), birthDate: { type: 'string', title: 'Дата рождения', format: 'date' } } } },
    photo: file('Цифровая фотография', ['image/jpeg']),
    scans: { type: 'array', title: 'Сканы документов', minItems: 1, maxItems: 2, items: file('Файл') },
    consent: { type: 'boolean', title: 'Согласие на обработку персональных данных', const: true },
  },
};

export const FILE_ID = '0b6f8a52-3c5e-4a44-9f2a-1d7f3c1e2a11';

/** Data FORM accepts. */
export const VALID = {
  fullName: { lastName: 'Иванов', firstName: 'Иван' },
  passport: { series: '4510', number: '123456', issueDate: '2015-06-01', divisionCode: '770-001' },
  phone: '+79161234567',
  gender: 'Мужской',
  delivery: 'В МФЦ',
  benefits: ['Ветеран'],
  birthDate: '1990-02-28',
  children: [{ fullName: { lastName: 'Иванова', firstName: 'Мария' }, birthDate: '2015-03-01' }],
  photo: { fileId: FILE_ID, fileName: 'photo.jpg', mimeType: 'image/jpeg' },
  scans: [{ fileId: FILE_ID, fileName: 'scan.pdf', mimeType: 'application/pdf' }],
  consent: true,
};
