import type { AreaMessages } from '../../i18n/i18n';

export type FormMessageKey =
  | 'required'
  | 'type.number'
  | 'type.integer'
  | 'type'
  | 'pattern'
  | 'format.date'
  | 'format.date-time'
  | 'format.email'
  | 'format'
  | 'enum'
  | 'const'
  | 'minLength'
  | 'maxLength'
  | 'minimum'
  | 'maximum'
  | 'minItems'
  | 'maxItems'
  | 'uniqueItems'
  | 'additionalProperties'
  | 'invalid'
  | 'optional'
  | 'requiredMark'
  | 'choose'
  | 'yes'
  | 'addItem'
  | 'removeItem'
  | 'itemTitle'
  | 'itemsCount'
  | 'file.choose'
  | 'file.add'
  | 'file.types'
  | 'file.uploading'
  | 'file.uploaded'
  | 'file.remove'
  | 'file.wrongType'
  | 'file.failed'
  | 'file.status415'
  | 'file.status413'
  | 'summary.title'
  | 'format.hint.date'
  | 'example';

/** The form renderer's own texts: messages for each broken rule, controls, file states. */
export const formMessages: AreaMessages<FormMessageKey> = {
  ru: {
    required: 'Заполните это поле',
    'type.number': 'Введите число',
    'type.integer': 'Введите целое число',
    type: 'Неверное значение',
    pattern: 'Значение не соответствует формату',
    'format.date': 'Введите существующую дату',
    'format.date-time': 'Введите дату и время',
    'format.email': 'Введите адрес электронной почты, например ivan@mail.ru',
    format: 'Неверный формат',
    enum: 'Выберите один из вариантов',
    const: 'Необходимо подтвердить',
    minLength: 'Не короче {limit} симв.',
    maxLength: 'Не длиннее {limit} симв.',
    minimum: 'Не меньше {limit}',
    maximum: 'Не больше {limit}',
    minItems: 'Нужно не меньше {limit}',
    maxItems: 'Можно не больше {limit}',
    uniqueItems: 'Значения не должны повторяться',
    additionalProperties: 'Лишнее поле',
    invalid: 'Неверное значение',
    optional: '(необязательно)',
    requiredMark: '(обязательно)',
    choose: '— выберите —',
    yes: 'Да',
    addItem: 'Добавить: {title}',
    removeItem: 'Удалить: {title} {n}',
    itemTitle: '{title} {n}',
    itemsCount: 'Добавлено {count} из {max}',
    'file.choose': 'Выберите файл',
    'file.add': 'Добавить файл',
    'file.types': 'Форматы: {types}',
    'file.uploading': 'Загрузка файла «{name}»…',
    'file.uploaded': 'Загружен файл «{name}»',
    'file.remove': 'Удалить файл «{name}»',
    'file.wrongType': 'Файл «{name}» не подходит: нужен {types}',
    'file.failed': 'Не удалось загрузить «{name}»: {message}',
    'file.status415': 'Не удалось загрузить «{name}»: тип файла не подходит (по его содержимому)',
    'file.status413': 'Не удалось загрузить «{name}»: файл слишком большой',
    'summary.title': 'Исправьте ошибки в заявлении ({count})',
    'format.hint.date': 'Дата в формате ДД.ММ.ГГГГ',
    example: 'Например: {example}',
  },
  en: {
    required: 'Fill in this field',
    'type.number': 'Enter a number',
    'type.integer': 'Enter a whole number',
    type: 'Invalid value',
    pattern: 'The value does not match the format',
    'format.date': 'Enter a real date',
    'format.date-time': 'Enter a date and time',
    'format.email': 'Enter an email address, e.g. ivan@mail.ru',
    format: 'Invalid format',
    enum: 'Choose one of the options',
    const: 'Please confirm',
    minLength: 'At least {limit} characters',
    maxLength: 'At most {limit} characters',
    minimum: 'At least {limit}',
    maximum: 'At most {limit}',
    minItems: 'Add at least {limit}',
    maxItems: 'At most {limit} allowed',
    uniqueItems: 'Values must not repeat',
    additionalProperties: 'Unknown field',
    invalid: 'Invalid value',
    optional: '(optional)',
    requiredMark: '(required)',
    choose: '— choose —',
    yes: 'Yes',
    addItem: 'Add: {title}',
    removeItem: 'Remove: {title} {n}',
    itemTitle: '{title} {n}',
    itemsCount: '{count} of {max} added',
    'file.choose': 'Choose a file',
    'file.add': 'Add a file',
    'file.types': 'Formats: {types}',
    'file.uploading': 'Uploading “{name}”…',
    'file.uploaded': 'Uploaded “{name}”',
    'file.remove': 'Remove file “{name}”',
    'file.wrongType': '“{name}” cannot be used: {types} needed',
    'file.failed': 'Could not upload “{name}”: {message}',
    'file.status415': 'Could not upload “{name}”: the file type is not accepted (judged by its content)',
    'file.status413': 'Could not upload “{name}”: the file is too large',
    'summary.title': 'Please correct the application ({count})',
    'format.hint.date': 'Date as DD.MM.YYYY',
    example: 'For example: {example}',
  },
};

/** Examples for the patterns the catalog's forms use most, shown under the field. */
export const PATTERN_EXAMPLES: Record<string, string> = {
  '^\\+7\\d{10}$': '+79161234567',
  '^\\d{3}-\\d{3}-\\d{3} \\d{2}$': '123-456-789 01',
  '^\\d{3}-\\d{3}$': '770-001',
  '^\\d{4}$': '4510',
  '^\\d{6}$': '123456',
  '^\\d{2}$': '77',
  '^\\d{10}$': '7712345678',
  '^\\d{12}$': '771234567890',
  '^\\d{13}$': '1027700132195',
  '^\\d{15}$': '304770000123456',
  '^\\d{20}$': '40817810099910004312',
  '^[IVXLC]{1,6}-[А-ЯЁ]{2}$': 'IV-МЮ',
  '^[АВЕКМНОРСТУХ]\\d{3}[АВЕКМНОРСТУХ]{2}\\d{2,3}$': 'А123ВС77',
  '^[A-HJ-NPR-Z0-9]{17}$': 'XTA210990Y2765432',
  '^\\d{2}:\\d{2}:\\d{6,7}:\\d{1,7}$': '77:01:0001001:1234',
  '^04\\d{7}$': '044525225',
  '^(\\d{8}|\\d{11})$': '45382000',
  '^\\d{2}\\d{2}[0-9А-ЯЁ]{2}\\d{6}$': '7701123456',
  '^\\d{2}[0-9А-ЯЁ]{2}\\d{6}$': '77АА123456',
};

/** The key and parameters of the message for one problem. */
export function problemMessage(problem: { keyword: string; params: Record<string, unknown> }): [FormMessageKey, Record<string, string | number>] {
  const { keyword, params } = problem;
  const limit = typeof params.limit === 'number' ? params.limit : 0;
  switch (keyword) {
    case 'type':
      return [params.type === 'number' ? 'type.number' : params.type === 'integer' ? 'type.integer' : 'type', {}];
    case 'format':
      return [params.format === 'date' || params.format === 'date-time' || params.format === 'email' ? (`format.${params.format}` as FormMessageKey) : 'format', {}];
    case 'required':
    case 'pattern':
    case 'enum':
    case 'const':
    case 'uniqueItems':
    case 'additionalProperties':
      return [keyword, {}];
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return [keyword, { limit }];
    case 'minimum':
    case 'exclusiveMinimum':
      return ['minimum', { limit }];
    case 'maximum':
    case 'exclusiveMaximum':
      return ['maximum', { limit }];
    default:
      return ['invalid', {}];
  }
}
