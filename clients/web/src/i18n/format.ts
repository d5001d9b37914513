import type { Locale } from './i18n';

/** The BCP 47 tag the page's language formats with. */
export const localeTag = (locale: Locale | string) => (locale === 'ru' ? 'ru-RU' : 'en-GB');

/** Kopecks as roubles in the page's language, e.g. «300,00 ₽». */
export function rubles(kopecks: number, locale: Locale | string): string {
  return (kopecks / 100).toLocaleString(localeTag(locale), { style: 'currency', currency: 'RUB' });
}

/** An instant (the API's DateTime) as a date and time in the page's language. */
export function dateTime(value: string, locale: Locale): string {
  return new Date(value).toLocaleString(localeTag(locale), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A calendar date (YYYY-MM-DD, or a date-time) in the page's language. */
export function date(value: string, locale: Locale): string {
  const calendarDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = calendarDay ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return parsed.toLocaleDateString(localeTag(locale), { timeZone: calendarDay ? 'UTC' : undefined });
}
