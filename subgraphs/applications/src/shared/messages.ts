import { DOCUMENT_MESSAGES, IDEMPOTENCY_MESSAGES, type Locale, type LocalizedText, type UserError } from '@eco/kit';
import type { ApplicationCode, ApplicationProblem } from './problems';

export const MESSAGES: Record<ApplicationCode, LocalizedText> = {
  SERVICE_NOT_FOUND: { ru: 'Услуга не найдена', en: 'No such service' },
  ...IDEMPOTENCY_MESSAGES,
  APPLICATION_NOT_FOUND: { ru: 'Заявление не найдено', en: 'No such application' },
  INVALID_TRANSITION: {
    ru: 'Действие недоступно для заявления в статусе «{status}»',
    en: 'This action is not possible for an application with status {status}',
  },
  CONCURRENT_UPDATE: {
    ru: 'Заявление только что изменил другой пользователь — обновите страницу',
    en: 'Someone else has just changed this application — reload it',
  },
  APPLICATION_CLOSED: {
    ru: 'Работа по заявлению завершена',
    en: 'This application is closed',
  },
  ...DOCUMENT_MESSAGES,
  CATALOG_UNAVAILABLE: {
    ru: 'Каталог услуг временно недоступен — ничего не сохранено, повторите попытку позже',
    en: 'The service catalog is unavailable right now — nothing was saved, please try again later',
  },
  APPLICANT_NAME_UNAVAILABLE: {
    ru: 'Не удалось получить ФИО заявителя для документа о результате — ничего не сохранено, повторите попытку позже',
    en: "The applicant's name for the result document could not be obtained — nothing was saved, please try again later",
  },
  REQUIRED: { ru: 'Обязательное поле', en: 'This field is required' },
  TOO_LONG: { ru: 'Не более {limit} символов', en: 'At most {limit} characters' },
  FILTER_LIMIT_REACHED: {
    ru: 'Можно сохранить не более {limit} фильтров',
    en: 'You can save at most {limit} filters',
  },
  SAVED_FILTER_NOT_FOUND: { ru: 'Сохранённый фильтр не найден', en: 'No such saved filter' },
  INVALID_TYPE: { ru: 'Неверный тип значения: ожидается {type}', en: 'Wrong type of value: {type} expected' },
  PATTERN_MISMATCH: { ru: 'Значение не соответствует формату', en: 'The value does not match the expected pattern' },
  INVALID_FORMAT: { ru: 'Неверный формат ({format})', en: 'Invalid format ({format})' },
  NOT_ALLOWED_VALUE: { ru: 'Выберите одно из допустимых значений', en: 'Choose one of the allowed values' },
  MUST_BE_CONFIRMED: { ru: 'Необходимо подтверждение', en: 'This must be confirmed' },
  TOO_SHORT: { ru: 'Не менее {limit} символов', en: 'At least {limit} characters' },
  TOO_SMALL: { ru: 'Значение должно быть не меньше {limit}', en: 'The value must be at least {limit}' },
  TOO_LARGE: { ru: 'Значение должно быть не больше {limit}', en: 'The value must be at most {limit}' },
  TOO_FEW_ITEMS: { ru: 'Нужно не менее {limit} элементов', en: 'At least {limit} items are needed' },
  TOO_MANY_ITEMS: { ru: 'Допускается не более {limit} элементов', en: 'At most {limit} items are allowed' },
  DUPLICATE_ITEMS: { ru: 'Значения не должны повторяться', en: 'Values must not repeat' },
  UNKNOWN_FIELD: { ru: 'Такого поля нет в форме', en: 'The form has no such field' },
  INVALID_VALUE: { ru: 'Недопустимое значение', en: 'Invalid value' },
};

/** Service problems → user errors in the caller's language, placeholders filled in. */
export function userErrorsFor(problems: readonly ApplicationProblem[], locale: Locale): UserError[] {
  return problems.map((p) => {
    let message = MESSAGES[p.code]?.[locale] ?? p.code;
    for (const [name, value] of Object.entries(p.params ?? {})) message = message.replaceAll(`{${name}}`, String(value));
    return { field: p.field, code: p.code, message };
  });
}
