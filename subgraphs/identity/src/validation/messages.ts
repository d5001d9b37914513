import { CONTACT_MESSAGES } from '@eco/kit';
import { ValidationCode } from './field-problem';

export interface LocalizedMessage {
  ru: string;
  en: string;
}

/**
 * User-facing texts for every code. Typed as a full Record so adding a code without
 * its texts is a compile error rather than a blank message on the portal.
 */
export const VALIDATION_MESSAGES: Record<ValidationCode, LocalizedMessage> = {
  REQUIRED: { ru: 'Заполните поле', en: 'This field is required' },
  TOO_LONG: { ru: 'Слишком длинное значение', en: 'The value is too long' },
  ...CONTACT_MESSAGES,
  INVALID_NAME: {
    ru: 'Используйте только буквы одного алфавита (кириллица или латиница), дефис, апостроф и одиночные пробелы',
    en: 'Use letters of one alphabet (Cyrillic or Latin), hyphens, apostrophes and single spaces only',
  },
  INVALID_DATE: { ru: 'Такой даты не существует', en: 'This date does not exist' },
  DATE_IN_FUTURE: { ru: 'Дата не может быть в будущем', en: 'The date cannot be in the future' },
  BIRTH_DATE_TOO_EARLY: {
    ru: 'Дата рождения не может быть раньше 01.01.1900',
    en: 'The date of birth cannot be earlier than 01.01.1900',
  },
  TOO_YOUNG: {
    ru: 'Вы не достигли возраста, с которого доступна эта услуга',
    en: 'You are not old enough for this service',
  },
  WEAK_PASSWORD: {
    ru: 'Пароль должен содержать не менее 8 символов, заглавную и строчную буквы, цифру и специальный символ',
    en: 'The password must be at least 8 characters long and contain an upper-case and a lower-case letter, a digit and a special character',
  },
  PASSWORD_TOO_LONG: {
    ru: 'Пароль не должен быть длиннее 128 символов',
    en: 'The password must not be longer than 128 characters',
  },
  INVALID_SNILS: {
    ru: 'СНИЛС должен состоять из 11 цифр, например 112-233-445 95',
    en: 'SNILS must consist of 11 digits, e.g. 112-233-445 95',
  },
  SNILS_CHECKSUM: {
    ru: 'Такого СНИЛС не существует — проверьте цифры',
    en: 'This SNILS does not exist — check the digits',
  },
  INVALID_INN: {
    ru: 'ИНН должен состоять из 10 или 12 цифр',
    en: 'INN must consist of 10 or 12 digits',
  },
  INN_CHECKSUM: {
    ru: 'Такого ИНН не существует — проверьте цифры',
    en: 'This INN does not exist — check the digits',
  },
  INN_WRONG_KIND: {
    ru: 'Укажите ИНН нужного вида: 12 цифр у физического лица, 10 цифр у организации',
    en: 'Enter the right kind of INN: 12 digits for a person, 10 digits for an organization',
  },
  INVALID_PASSPORT_SERIES: {
    ru: 'Серия паспорта — 4 цифры, например 45 10',
    en: 'The passport series is 4 digits, e.g. 45 10',
  },
  INVALID_PASSPORT_NUMBER: {
    ru: 'Номер паспорта — 6 цифр',
    en: 'The passport number is 6 digits',
  },
  INVALID_ISSUER_CODE: {
    ru: 'Код подразделения указывается в формате 000-000',
    en: 'The issuing office code must look like 000-000',
  },
  PASSPORT_ISSUE_DATE_TOO_EARLY: {
    ru: 'Паспорт нового образца не может быть выдан раньше 01.10.1997',
    en: 'A current-style passport cannot have been issued before 01.10.1997',
  },
  ISSUE_DATE_BEFORE_BIRTH: {
    ru: 'Дата выдачи не может быть раньше даты рождения',
    en: 'The date of issue cannot be earlier than the date of birth',
  },
  ISSUED_BEFORE_AGE_14: {
    ru: 'Паспорт выдаётся с 14 лет — проверьте дату выдачи и дату рождения',
    en: 'A passport is issued from the age of 14 — check the date of issue and the date of birth',
  },
  INVALID_DRIVER_LICENCE: {
    ru: 'Серия и номер водительского удостоверения — 10 цифр, например 99 99 999999',
    en: "The driver's licence series and number are 10 digits, e.g. 99 99 999999",
  },
  INVALID_LICENCE_CATEGORY: {
    ru: 'Неизвестная категория водительского удостоверения',
    en: "Unknown driver's licence category",
  },
  EXPIRY_BEFORE_ISSUE: {
    ru: 'Дата окончания действия должна быть позже даты выдачи',
    en: 'The expiry date must be later than the date of issue',
  },
  EXPIRY_TOO_LATE: {
    ru: 'Водительское удостоверение выдаётся не более чем на 10 лет',
    en: "A driver's licence is issued for no more than 10 years",
  },
  INVALID_BIRTH_CERTIFICATE_SERIES: {
    ru: 'Серия свидетельства о рождении — римское число и две русские буквы, например IV-МЮ',
    en: 'The birth certificate series is a Roman numeral and two Cyrillic letters, e.g. IV-МЮ',
  },
  INVALID_BIRTH_CERTIFICATE_NUMBER: {
    ru: 'Номер свидетельства о рождении — 6 цифр',
    en: 'The birth certificate number is 6 digits',
  },
};
