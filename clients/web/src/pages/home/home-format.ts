import { localeTag } from '../../i18n/format';
import type { Locale } from '../../i18n/i18n';

/** The discount's legal clock: its last day is a Moscow calendar day (KoAP 32.2 part 1.3). */
const MOSCOW = 'Europe/Moscow';
const DAY_MS = 86_400_000;

/** The Moscow calendar day of an instant, as a UTC midnight timestamp (for whole-day arithmetic). */
function moscowDay(instant: Date): number {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: MOSCOW, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant).split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/**
 * Whole days the 50 % discount still holds after today (Moscow days): 0 on its last day, null
 * once it has ended or when there is none.
 */
export function discountDaysLeft(deadline: string | null | undefined, now: Date): number | null {
  if (!deadline) return null;
  const end = new Date(deadline);
  if (Number.isNaN(end.getTime()) || end.getTime() <= now.getTime()) return null;
  return Math.round((moscowDay(end) - moscowDay(now)) / DAY_MS);
}

const DAY_WORDS: Record<Locale, Record<Intl.LDMLPluralRule, string>> = {
  ru: { zero: 'дней', one: 'день', two: 'дня', few: 'дня', many: 'дней', other: 'дня' },
  en: { zero: 'days', one: 'day', two: 'days', few: 'days', many: 'days', other: 'days' },
};

/** "5 дней", "2 дня", "21 день"; "1 day", "3 days". */
export function daysInWords(days: number, locale: Locale): string {
  return `${days} ${DAY_WORDS[locale][new Intl.PluralRules(locale).select(days)]}`;
}


/** A calendar day (`YYYY-MM-DD`, the API's Date) as the reader writes it, without a zone shift. */
export const calendarDay = (date: string, locale: Locale) => new Date(`${date.slice(0, 10)}T00:00:00Z`).toLocaleDateString(localeTag(locale), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** An instant as day and time in the reader's zone. */
export const moment = (iso: string, locale: Locale) => new Date(iso).toLocaleString(localeTag(locale), { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
