import { localeTag } from '../../i18n/format';
import type { Locale } from '../../i18n/i18n';

/** A calendar day (`YYYY-MM-DD`, the API's Date) as the reader writes it; no time zone shift. */
export const calendarDay = (date: string, locale: Locale) => new Date(`${date.slice(0, 10)}T00:00:00Z`).toLocaleDateString(localeTag(locale), { timeZone: 'UTC', dateStyle: 'long' });

/** An instant (the API's DateTime) as a day and time in the reader's zone. */
export const moment = (iso: string, locale: Locale) => new Date(iso).toLocaleString(localeTag(locale), { dateStyle: 'long', timeStyle: 'short' });

/** An instant's day in the reader's zone. */
export const dayOf = (iso: string, locale: Locale) => new Date(iso).toLocaleDateString(localeTag(locale), { dateStyle: 'long' });
