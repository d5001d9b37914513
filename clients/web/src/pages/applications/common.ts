import type { Locale } from '../../i18n/i18n';

/** Kopecks as roubles in the page's language, e.g. «300,00 ₽». */
export function rubles(kopecks: number, locale: Locale): string {
  return (kopecks / 100).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB', { style: 'currency', currency: 'RUB' });
}

export function dateTime(value: string, locale: Locale): string {
  return new Date(value).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** A calendar date (YYYY-MM-DD, or a date-time) in the page's language. */
export function date(value: string, locale: Locale): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return parsed.toLocaleDateString(locale === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : undefined });
}

export interface UserErrorLike {
  field?: string | null;
  code: string;
  message: string;
}

/** A mutation's userErrors as one Error (for ErrorMessage, which announces it); null when none. */
export function userErrorsProblem(errors: readonly UserErrorLike[] | null | undefined): Error | null {
  return errors && errors.length > 0 ? new Error(errors.map((e) => e.message).join('; ')) : null;
}

export function fileSize(bytes: number, locale: Locale): string {
  const units = locale === 'ru' ? ['Б', 'КБ', 'МБ'] : ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

/** A fresh key for one payment attempt or submission. */
export function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/** An upload refusal as the person should read it: the portal's message without its code prefix. */
export function uploadProblem(error: unknown): unknown {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.message.startsWith(`${error.code}: `)) {
    const message = error.message.slice(error.code.length + 2);
    return new Error(message || error.code);
  }
  return error;
}
