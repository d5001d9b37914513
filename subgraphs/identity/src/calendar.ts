/**
 * `Date` scalar inputs arrive as JS Dates at UTC midnight and the validators work on
 * `YYYY-MM-DD` strings; this is the one place that converts between them.
 */
export function calendarDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}
