import { isValid } from 'date-fns';
import { anniversary, calendarDate, completedYears, parseCalendarDate, today } from './calendar-date';
import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

// Earlier dates are data-entry errors (a year typed as 0985 or 1000), not living users.
const EARLIEST_BIRTH_DATE = calendarDate('1900-01-01');

export interface BirthDateOptions {
  /** When set, a person younger than this on `now` gets TOO_YOUNG (e.g. 14 for own account). */
  minAge?: number;
}

/** Completed years of age on `date`; `birthDate` is a `YYYY-MM-DD` string or a Date. */
export function ageOn(birthDate: string | Date, date: Date): number {
  const birth = typeof birthDate === 'string' ? parseCalendarDate(birthDate) : birthDate;
  if (!birth || !isValid(birth)) throw new RangeError(`Not a calendar date: ${String(birthDate)}`);
  return completedYears(birth, date);
}

/**
 * A real calendar date (`YYYY-MM-DD`), not after today and not before 1900-01-01.
 * Today itself is accepted: a newborn's record can be created on the day of birth.
 */
export function validateBirthDate(
  value: string | null | undefined,
  field = 'birthDate',
  now: Date,
  options: BirthDateOptions = {},
): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  const birth = parseCalendarDate(value);
  if (!birth) return [problem(field, 'INVALID_DATE')];
  if (birth > today(now)) return [problem(field, 'DATE_IN_FUTURE')];
  if (birth < EARLIEST_BIRTH_DATE) return [problem(field, 'BIRTH_DATE_TOO_EARLY')];
  if (options.minAge !== undefined && anniversary(birth, options.minAge) > today(now)) {
    return [problem(field, 'TOO_YOUNG')];
  }
  return [];
}
