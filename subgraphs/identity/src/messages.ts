import { toUserErrors, type Locale, type LocalizedText, type UserError } from '@eco/kit';
import { VALIDATION_MESSAGES } from './validation';
import type { IdentityCode, IdentityProblem } from './problems';

export const IDENTITY_MESSAGES: Record<IdentityCode, LocalizedText> = {
  EMAIL_TAKEN: {
    ru: 'Пользователь с такой электронной почтой уже зарегистрирован',
    en: 'An account with this email address already exists',
  },
  PHONE_TAKEN: {
    ru: 'Пользователь с таким номером телефона уже зарегистрирован',
    en: 'An account with this phone number already exists',
  },
  // One text for an unknown login and a wrong password, so the answer reveals no accounts.
  INVALID_CREDENTIALS: { ru: 'Неверный логин или пароль', en: 'Incorrect login or password' },
  ACCOUNT_LOCKED: {
    ru: 'Слишком много неудачных попыток входа. Вход будет снова доступен {unlockAt}',
    en: 'Too many failed sign-in attempts. You can sign in again {unlockAt}',
  },
  INVALID_REFRESH_TOKEN: {
    ru: 'Сеанс истёк или недействителен — войдите снова',
    en: 'The session has expired or is invalid — please sign in again',
  },
  REFRESH_TOKEN_REUSED: {
    ru: 'Этот токен уже использовался, поэтому сеанс завершён в целях безопасности — войдите снова',
    en: 'This token was already used, so the session was ended for your safety — please sign in again',
  },
  SNILS_TAKEN: {
    ru: 'Этот СНИЛС уже привязан к другой учётной записи',
    en: 'This SNILS is already linked to another account',
  },
  INN_TAKEN: {
    ru: 'Этот ИНН уже привязан к другой учётной записи',
    en: 'This INN is already linked to another account',
  },
  CHILD_NOT_MINOR: {
    ru: 'Ребёнку должно быть меньше 18 лет: совершеннолетние пользуются своей учётной записью',
    en: 'A child must be under 18: adults use an account of their own',
  },
  CHILD_ALREADY_ADDED: {
    ru: 'Ребёнок с этим свидетельством о рождении уже добавлен',
    en: 'A child with this birth certificate has already been added',
  },
  CHILD_NOT_FOUND: { ru: 'Ребёнок не найден', en: 'No such child' },
  API_CLIENT_NAME_INVALID: {
    ru: 'Название приложения: от 1 до 100 символов',
    en: 'The application name must be 1 to 100 characters long',
  },
  API_SCOPES_REQUIRED: { ru: 'Выберите хотя бы одну область доступа', en: 'Choose at least one scope' },
  UNKNOWN_API_SCOPE: {
    ru: 'Неизвестная область доступа: допустимы catalog:read, stats:read, webhooks:manage',
    en: 'Unknown scope: use catalog:read, stats:read or webhooks:manage',
  },
  SCOPE_REQUIRES_LIVE_KEY: {
    ru: 'Область webhooks:manage доступна только боевому ключу (LIVE)',
    en: 'The webhooks:manage scope is available to LIVE keys only',
  },
  SCOPE_REQUIRES_ORGANIZATION: {
    ru: 'Область webhooks:manage доступна только приложениям организаций (представитель организации)',
    en: "The webhooks:manage scope is available to organizations' applications only (organization representatives)",
  },
  LIVE_KEY_REQUIRES_CONFIRMED_EMAIL: {
    ru: 'Боевой ключ (LIVE) можно получить после подтверждения электронной почты',
    en: 'Confirm your email address to get a LIVE key',
  },
  API_CLIENT_LIMIT_REACHED: {
    ru: 'Не больше 10 действующих приложений: отзовите ненужное',
    en: 'At most 10 active applications: revoke one you no longer use',
  },
  API_CLIENT_NOT_FOUND: { ru: 'Приложение не найдено', en: 'No such application' },
  API_CLIENT_REVOKED: { ru: 'Приложение отозвано', en: 'The application has been revoked' },
  EMAIL_ALREADY_CONFIRMED: { ru: 'Электронная почта уже подтверждена', en: 'The email address is already confirmed' },
  EMAIL_REQUIRED: {
    ru: 'Укажите электронную почту или войдите в учётную запись',
    en: 'Enter the email address or sign in',
  },
  // One text for a wrong code and an unknown login/email, so the answer reveals no accounts.
  CODE_INVALID: { ru: 'Неверный код', en: 'Incorrect code' },
  CODE_EXPIRED: { ru: 'Срок действия кода истёк — запросите новый', en: 'The code has expired — request a new one' },
  CODE_TOO_MANY_ATTEMPTS: {
    ru: 'Слишком много неверных попыток. Запросите новый код позже',
    en: 'Too many wrong attempts. Request a new code later',
  },
  SESSION_NOT_FOUND: { ru: 'Сеанс не найден или уже завершён', en: 'No such session, or it has already ended' },
  DEVICE_ID_INVALID: {
    ru: 'Идентификатор устройства должен быть случайной строкой длиной от 16 до 200 символов',
    en: 'The device id must be a random string of 16 to 200 characters',
  },
  MFA_CHALLENGE_NOT_FOUND: {
    ru: 'Запрос подтверждения входа не найден или уже использован — войдите снова',
    en: 'The sign-in confirmation was not found or was already used — please sign in again',
  },
  MFA_METHOD_UNAVAILABLE: {
    ru: 'Этот способ подтверждения не подключён',
    en: 'This confirmation method is not set up',
  },
  MFA_CODE_INVALID: { ru: 'Неверный код подтверждения', en: 'Incorrect confirmation code' },
  MFA_CODE_EXPIRED: {
    ru: 'Время на подтверждение истекло — войдите снова',
    en: 'The confirmation has expired — please sign in again',
  },
  MFA_TOO_MANY_ATTEMPTS: {
    ru: 'Слишком много неверных кодов. Попробуйте позже',
    en: 'Too many wrong codes. Please try again later',
  },
  MFA_NOT_ENABLED: { ru: 'Двухфакторная защита не подключена', en: 'Two-factor protection is not on' },
  TOTP_ALREADY_ENABLED: {
    ru: 'Приложение-аутентификатор уже подключено',
    en: 'An authenticator app is already set up',
  },
  TOTP_NOT_STARTED: {
    ru: 'Сначала начните подключение приложения-аутентификатора',
    en: 'Start setting up the authenticator app first',
  },
  SMS_MFA_ALREADY_ENABLED: { ru: 'Вход с кодом по SMS уже подключён', en: 'SMS sign-in codes are already on' },
};

const MESSAGES: Readonly<Record<string, LocalizedText>> = { ...VALIDATION_MESSAGES, ...IDENTITY_MESSAGES };

// Portal users span eleven time zones; Moscow time is what Russian public services quote.
const UNLOCK_FORMAT: Record<Locale, Intl.DateTimeFormat> = {
  ru: new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', dateStyle: 'short', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Moscow', dateStyle: 'short', timeStyle: 'short' }),
};
const MOSCOW_TIME: LocalizedText = { ru: 'по московскому времени', en: 'Moscow time' };

export function formatUnlockAt(unlockAt: Date, locale: Locale): string {
  const when = UNLOCK_FORMAT[locale].format(unlockAt);
  return locale === 'ru' ? `${when} ${MOSCOW_TIME.ru}` : `on ${when} ${MOSCOW_TIME.en}`;
}

/** Service problems → user errors in the caller's language, with their parameters filled in. */
export function userErrorsFor(problems: readonly IdentityProblem[], locale: Locale): UserError[] {
  return toUserErrors(problems, MESSAGES, locale).map((error, i) => {
    const unlockAt = problems[i].unlockAt;
    return unlockAt ? { ...error, message: error.message.replace('{unlockAt}', formatUnlockAt(unlockAt, locale)) } : error;
  });
}
