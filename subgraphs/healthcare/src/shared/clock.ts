export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Clinics keep local wall-clock hours; instants are stored in UTC. A clinic's UTC offset is
 * fixed (Russia has had no daylight saving since 2014), so local → UTC is a subtraction.
 */
export function localDayStart(instant: Date, utcOffsetMinutes: number): Date {
  const shifted = new Date(instant.getTime() + utcOffsetMinutes * MINUTE_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()) - utcOffsetMinutes * MINUTE_MS);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of the local day that begins at `localMidnight`. */
export function isoWeekday(localMidnight: Date, utcOffsetMinutes: number): number {
  const day = new Date(localMidnight.getTime() + utcOffsetMinutes * MINUTE_MS).getUTCDay();
  return day === 0 ? 7 : day;
}

/** "08:30" → minutes after midnight; throws on anything else (seed data is ours). */
export function minutesOf(hhmm: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new Error(`Invalid time of day: ${hhmm}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
