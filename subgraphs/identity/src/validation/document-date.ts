import { parseCalendarDate, today } from './calendar-date';
import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

export type IssueDateResult = { date: Date; problems: [] } | { date: null; problems: FieldProblem[] };

/**
 * Shared first step for a document's issue date: present, a real `YYYY-MM-DD`, not after
 * today. Returns the parsed date so the caller can add its own document-specific rules.
 */
export function checkIssueDate(value: string | null | undefined, field: string, now: Date): IssueDateResult {
  if (isBlank(value)) return { date: null, problems: [problem(field, 'REQUIRED')] };
  const date = parseCalendarDate(value);
  if (!date) return { date: null, problems: [problem(field, 'INVALID_DATE')] };
  if (date > today(now)) return { date: null, problems: [problem(field, 'DATE_IN_FUTURE')] };
  return { date, problems: [] };
}

/** A context date (birth date given for cross-checks) that is usable, or null to skip the cross-check. */
export function optionalDate(value: string | null | undefined): Date | null {
  return isBlank(value) ? null : parseCalendarDate(value);
}
