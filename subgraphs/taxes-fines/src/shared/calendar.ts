/**
 * Calendar days in Moscow time. Deadlines in KoAP and the Tax Code are counted in calendar days
 * where the citizen lives; the portal counts them in Moscow time (UTC+3 all year since 2014, so
 * a fixed offset is exact). A calendar day is a Date at UTC midnight, as PostgreSQL `date`
 * columns come back from Prisma.
 */
export const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The Moscow calendar day an instant falls on. */
export function moscowDay(instant: Date): Date {
  const shifted = new Date(instant.getTime() + MOSCOW_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** The instant a Moscow calendar day begins (00:00 MSK). */
export function moscowDayStart(day: Date): Date {
  return new Date(day.getTime() - MOSCOW_OFFSET_MS);
}

/** The instant a Moscow calendar day ends: the start of the next one (exclusive bound). */
export function moscowDayEnd(day: Date): Date {
  return moscowDayStart(addDays(day, 1));
}

/**
 * The last instant of a Moscow calendar day (23:59:59.999 MSK): deadlines are given as this
 * inclusive moment, so a client formatting it in Moscow time shows the right day.
 */
export function moscowDayLastInstant(day: Date): Date {
  return new Date(moscowDayEnd(day).getTime() - 1);
}

/** Whole calendar days from `from` to `to` (both calendar days). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** "2026-03-02" → that calendar day. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export const isoDay = (value: Date): string => value.toISOString().slice(0, 10);
