import { addYears, differenceInYears, format, isValid, parseISO, startOfDay } from 'date-fns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses a strict `YYYY-MM-DD` calendar date (local midnight) or returns null.
 * The shape matcher alone would let 2023-02-30 through; the round trip guarantees the
 * Date denotes exactly the digits given, so an overflowing day is refused even if the
 * parser were lenient about it (date-fns 4 happens to reject it already).
 */
export function parseCalendarDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const date = parseISO(value);
  if (!isValid(date) || format(date, 'yyyy-MM-dd') !== value) return null;
  return date;
}

/** Date-only comparisons are made against the calendar day of `now`, not the instant. */
export function today(now: Date): Date {
  return startOfDay(now);
}

/**
 * Completed years between a birth date and `date`. The anniversary of 29 February
 * falls on 28 February in common years (Civil Code of the RF, art. 192 p. 3: a term
 * ending in a month without the matching day ends on that month's last day), which is
 * also how date-fns `addYears` clamps; `differenceInYears` alone would say 1 March.
 */
export function completedYears(birthDate: Date, date: Date): number {
  const birth = startOfDay(birthDate);
  const on = startOfDay(date);
  const years = differenceInYears(on, birth);
  return addYears(birth, years + 1) <= on ? years + 1 : years;
}

/** The day a person born on `birthDate` turns `years` old (same clamping as above). */
export function anniversary(birthDate: Date, years: number): Date {
  return addYears(startOfDay(birthDate), years);
}

/** A date constant written as `YYYY-MM-DD`; throws on a typo so it fails at load, not silently. */
export function calendarDate(value: string): Date {
  const date = parseCalendarDate(value);
  if (!date) throw new RangeError(`Not a calendar date: ${value}`);
  return date;
}
