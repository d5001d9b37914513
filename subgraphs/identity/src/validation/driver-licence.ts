import { addYears } from 'date-fns';
import { parseCalendarDate } from './calendar-date';
import { checkIssueDate } from './document-date';
import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

export interface DriverLicenceInput {
  /** Series and number, "99 99 999999" with or without spaces. */
  number: string | null | undefined;
  issueDate: string | null | undefined;
  expiryDate: string | null | undefined;
  categories: readonly string[] | null | undefined;
}

export interface DriverLicenceContext {
  now: Date;
}

/** Categories and subcategories of Federal Law No. 196-FZ art. 25, spelled as printed on the licence. */
export const LICENCE_CATEGORIES = [
  'A', 'A1', 'B', 'B1', 'BE', 'C', 'C1', 'CE', 'C1E', 'D', 'D1', 'DE', 'D1E', 'M', 'Tm', 'Tb',
] as const;

export type LicenceCategory = (typeof LICENCE_CATEGORIES)[number];

const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(LICENCE_CATEGORIES);

// A licence is issued for ten years. The printed expiry may be earlier (a replacement
// for a lost licence keeps the original term), but never later.
const VALIDITY_YEARS = 10;

/** "99 99 999999", "9999 999999" or "9999999999" → the 10 digits; null otherwise. */
export function normalizeDriverLicence(value: string | null | undefined): string | null {
  if (isBlank(value)) return null;
  const compact = value.replace(/\s+/g, '');
  return /^\d{10}$/.test(compact) ? compact : null;
}

export function isLicenceCategory(value: string): value is LicenceCategory {
  return KNOWN_CATEGORIES.has(value);
}

function validateNumber(value: string | null | undefined, field: string): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  return normalizeDriverLicence(value) ? [] : [problem(field, 'INVALID_DRIVER_LICENCE')];
}

function validateCategories(values: readonly string[] | null | undefined, field: string): FieldProblem[] {
  if (!values || values.length === 0) return [problem(field, 'REQUIRED')];
  // One problem per bad entry, addressed by index, so a form can highlight the exact one.
  return values.flatMap((value, i) => (isLicenceCategory(value) ? [] : [problem(`${field}.${i}`, 'INVALID_LICENCE_CATEGORY')]));
}

function validateExpiry(value: string | null | undefined, field: string, issueDate: Date | null): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  const expiry = parseCalendarDate(value);
  if (!expiry) return [problem(field, 'INVALID_DATE')];
  // Without a usable issue date there is nothing to compare with; that field already has its own problem.
  if (!issueDate) return [];
  if (expiry <= issueDate) return [problem(field, 'EXPIRY_BEFORE_ISSUE')];
  if (expiry > addYears(issueDate, VALIDITY_YEARS)) return [problem(field, 'EXPIRY_TOO_LATE')];
  return [];
}

/**
 * Russian driver licence (водительское удостоверение). An expired licence is not
 * refused: licences expiring in 2022–2025 were extended by law for three years past the
 * printed date (Government decree No. 353 of 12.03.2022), so whether one is still usable
 * is a business decision, not a format check.
 */
export function validateDriverLicence(
  input: DriverLicenceInput,
  context: DriverLicenceContext,
  prefix = 'driverLicence',
): FieldProblem[] {
  const issue = checkIssueDate(input.issueDate, `${prefix}.issueDate`, context.now);
  return [
    ...validateNumber(input.number, `${prefix}.number`),
    ...issue.problems,
    ...validateExpiry(input.expiryDate, `${prefix}.expiryDate`, issue.date),
    ...validateCategories(input.categories, `${prefix}.categories`),
  ];
}
