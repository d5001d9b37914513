import { isAcceptableEmail } from './email';

/** A real calendar date, not only its shape: 2025-02-30 is refused. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// An offset is required: a time without one means a different instant in each reader's zone.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/**
 * The string formats application forms use (the ones the catalog registers when it checks its
 * form schemas), judged the same way by the applications subgraph and, as the person types, by
 * the portal.
 */
export const FORM_FORMATS: Record<string, (value: string) => boolean> = {
  date: isCalendarDate,
  'date-time': (value) => {
    const match = DATE_TIME.exec(value);
    return match !== null && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value));
  },
  email: isAcceptableEmail,
  uri: (value) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value),
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
};
