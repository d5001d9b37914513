import { anniversary, calendarDate } from './calendar-date';
import { checkIssueDate, optionalDate } from './document-date';
import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

export interface PassportInput {
  series: string | null | undefined;
  number: string | null | undefined;
  issueDate: string | null | undefined;
  issuerCode: string | null | undefined;
  issuedBy: string | null | undefined;
}

export interface PassportContext {
  /** Holder's birth date (`YYYY-MM-DD`); when valid, the issue date is checked against the 14th birthday. */
  birthDate?: string | null;
  now: Date;
}

// New-style internal passports have been issued since 1 October 1997 (Government
// decree No. 828 of 8 July 1997); an earlier date means an old Soviet passport or a typo.
const FIRST_ISSUE_DATE = calendarDate('1997-10-01');
// Internal passports are issued from the age of 14.
const ISSUE_AGE = 14;
const ISSUED_BY_MAX_LENGTH = 200;

/** "45 10" or "4510" → "4510"; null unless exactly four digits remain. */
export function normalizePassportSeries(value: string | null | undefined): string | null {
  if (isBlank(value)) return null;
  const compact = value.replace(/\s+/g, '');
  return /^\d{4}$/.test(compact) ? compact : null;
}

function validateSeries(value: string | null | undefined, field: string): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  const series = normalizePassportSeries(value);
  // The first two digits are the region's OKATO code, and no region has code 00.
  return series && !series.startsWith('00') ? [] : [problem(field, 'INVALID_PASSPORT_SERIES')];
}

function validateNumber(value: string | null | undefined, field: string): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  return /^\d{6}$/.test(value.trim()) ? [] : [problem(field, 'INVALID_PASSPORT_NUMBER')];
}

function validateIssuerCode(value: string | null | undefined, field: string): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  return /^\d{3}-\d{3}$/.test(value.trim()) ? [] : [problem(field, 'INVALID_ISSUER_CODE')];
}

function validateIssuedBy(value: string | null | undefined, field: string): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  return value.trim().length <= ISSUED_BY_MAX_LENGTH ? [] : [problem(field, 'TOO_LONG')];
}

function validateIssueDate(value: string | null | undefined, field: string, context: PassportContext): FieldProblem[] {
  const { date, problems } = checkIssueDate(value, field, context.now);
  if (!date) return problems;
  if (date < FIRST_ISSUE_DATE) return [problem(field, 'PASSPORT_ISSUE_DATE_TOO_EARLY')];
  const birth = optionalDate(context.birthDate);
  if (birth && date < birth) return [problem(field, 'ISSUE_DATE_BEFORE_BIRTH')];
  if (birth && date < anniversary(birth, ISSUE_AGE)) return [problem(field, 'ISSUED_BEFORE_AGE_14')];
  return [];
}

/** Russian internal passport; fields are reported as `${prefix}.series`, `${prefix}.number`, … */
export function validatePassport(
  input: PassportInput,
  context: PassportContext,
  prefix = 'passport',
): FieldProblem[] {
  return [
    ...validateSeries(input.series, `${prefix}.series`),
    ...validateNumber(input.number, `${prefix}.number`),
    ...validateIssueDate(input.issueDate, `${prefix}.issueDate`, context),
    ...validateIssuerCode(input.issuerCode, `${prefix}.issuerCode`),
    ...validateIssuedBy(input.issuedBy, `${prefix}.issuedBy`),
  ];
}
