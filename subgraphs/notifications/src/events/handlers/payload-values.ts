import type { Locale } from '@eco/kit';

/** Kopecks as people read money: «1 500,00 ₽» / "RUB 1,500.00". */
export function formatRubles(kopecks: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { style: 'currency', currency: 'RUB' }).format(kopecks / 100);
}

/** A calendar date as people read it: «1 декабря 2026 г.» / "1 December 2026". */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' }).format(
    new Date(iso),
  );
}

/** A moment as people read it, in Moscow time: «3 марта 2026 г. в 11:00» / "3 March 2026 at 11:00". */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Moscow',
  }).format(new Date(iso));
}

/** The longest employee's text (a comment, a decision) quoted in a notification. */
export const MAX_COMMENT_LENGTH = 500;

/** An employee's text as a notification quotes it: trimmed, and cut with an ellipsis when too long. */
export function shortened(comment: string): string {
  const trimmed = comment.trim();
  return trimmed.length > MAX_COMMENT_LENGTH ? `${trimmed.slice(0, MAX_COMMENT_LENGTH - 1)}…` : trimmed;
}
