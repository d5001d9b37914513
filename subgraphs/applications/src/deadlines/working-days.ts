/**
 * Working-day arithmetic on the Russian calendar: Monday to Friday, minus the public holidays of
 * the Labour Code (art. 112). Dates are calendar dates carried as JS Dates at UTC midnight;
 * instants are placed on the calendar in Moscow time, the time the departments work by.
 *
 * Not modelled: the government's yearly moves of days off (a Saturday made a working day, a
 * holiday on a weekend moved to a Monday). Those are published each autumn for the next year and
 * would come from a calendar table; the fixed holidays below are the law itself.
 */

/** [month (1-12), day] of every public holiday. */
export const RUSSIAN_PUBLIC_HOLIDAYS: readonly (readonly [number, number])[] = [
  [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8],
  [2, 23],
  [3, 8],
  [5, 1],
  [5, 9],
  [6, 12],
  [11, 4],
];

/** Moscow has kept UTC+3 all year since 2014. */
export const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const HOLIDAYS = new Set(RUSSIAN_PUBLIC_HOLIDAYS.map(([month, day]) => month * 100 + day));

export function isPublicHoliday(date: Date): boolean {
  return HOLIDAYS.has((date.getUTCMonth() + 1) * 100 + date.getUTCDate());
}

export function isWorkingDay(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(date);
}

/** The calendar date (UTC midnight) an instant falls on in Moscow. */
export function moscowDate(instant: Date): Date {
  const shifted = new Date(instant.getTime() + MOSCOW_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** The last millisecond of a calendar date in Moscow, as an instant. */
export function endOfMoscowDay(date: Date): Date {
  return new Date(date.getTime() + DAY_MS - MOSCOW_OFFSET_MS - 1);
}

export function addCalendarDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * The date `days` working days after `start`: counting begins the day after `start` (the day
 * an application is registered is not a day of its term), and only working days count.
 * `days` = 0 gives `start` itself.
 */
export function addWorkingDays(start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer, got ${days}`);
  let date = start;
  let left = days;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/**
 * The deadline of an application registered (or, provisionally, submitted) at `from` for a
 * service taking `processingDays` working days: the end of the last working day in Moscow.
 */
export function processingDeadline(from: Date, processingDays: number): Date {
  return endOfMoscowDay(addWorkingDays(moscowDate(from), processingDays));
}
