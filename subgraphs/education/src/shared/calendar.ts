/**
 * Calendar days in Moscow time: campaign windows and deadlines are announced in Moscow time
 * (UTC+3 all year since 2014, so a fixed offset is exact). A calendar day is a Date at UTC
 * midnight, as PostgreSQL `date` columns come back from Prisma.
 */
export const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The Moscow calendar day an instant falls on. */
export function moscowDay(instant: Date): Date {
  const shifted = new Date(instant.getTime() + MOSCOW_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** The instant a Moscow calendar day begins (00:00 MSK). */
export function moscowDayStart(day: Date): Date {
  return new Date(day.getTime() - MOSCOW_OFFSET_MS);
}

/** "2026-03-02" → that calendar day. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export const isoDay = (value: Date): string => value.toISOString().slice(0, 10);

/** Whole months of age on `on` (both calendar days): 2 years 5 months → 29. */
export function ageInMonths(birthDate: Date, on: Date): number {
  let months = (on.getUTCFullYear() - birthDate.getUTCFullYear()) * 12 + (on.getUTCMonth() - birthDate.getUTCMonth());
  if (on.getUTCDate() < birthDate.getUTCDate()) months -= 1;
  return months;
}

/** The calendar day `months` after `from` (clamped to the month's end: 31 Jan + 1 → 28/29 Feb). */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(from.getUTCDate(), lastDay)));
}
