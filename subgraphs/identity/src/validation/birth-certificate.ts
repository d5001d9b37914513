import { checkIssueDate, optionalDate } from './document-date';
import { FieldProblem, problem } from './field-problem';
import { toCyrillicLetters, toRomanLetters } from './lookalike-letters';
import { isBlank } from './presence';

export interface BirthCertificateInput {
  series: string | null | undefined;
  number: string | null | undefined;
  issueDate: string | null | undefined;
}

export interface BirthCertificateContext {
  /** Child's birth date (`YYYY-MM-DD`); when valid, the certificate cannot be issued before it. */
  childBirthDate?: string | null;
  now: Date;
}

// Roman part (Latin I V X L C or their Cyrillic lookalikes), an optional hyphen/dash
// or space, then exactly two letters (Cyrillic or Latin lookalikes). Anchoring the two
// letters at the end keeps "IVСХ" unambiguous even though С and Х are also Roman lookalikes.
const SERIES_INPUT = /^([IVXLCІӀХС]+)\s*[-‐‑–—−]?\s*([А-ЯЁABCEHKMOPTXY]{2})$/u;
// A well-formed Roman numeral from I to CCCXCIX: "IIII" or "VX" is a typo, not a series.
const ROMAN_NUMERAL = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const NUMBER = /^\d{6}$/;

/**
 * Canonical series "IV-МЮ": Roman numeral in Latin letters, hyphen, two Cyrillic capitals.
 * Case, dash variants and layout lookalikes are corrected; null if it is not a series.
 */
export function normalizeBirthCertificateSeries(value: string | null | undefined): string | null {
  if (isBlank(value)) return null;
  const match = SERIES_INPUT.exec(value.trim().toUpperCase());
  if (!match) return null;
  const roman = toRomanLetters(match[1]);
  const letters = toCyrillicLetters(match[2]);
  return ROMAN_NUMERAL.test(roman) ? `${roman}-${letters}` : null;
}

/** Splits a full certificate "IV-МЮ 123456" (or "IV-МЮ №123456") into canonical series and number. */
export function parseBirthCertificate(value: string | null | undefined): { series: string; number: string } | null {
  if (isBlank(value)) return null;
  const match = /^(.*?)\s*(?:№\s*)?(\d{6})$/u.exec(value.trim());
  if (!match) return null;
  const series = normalizeBirthCertificateSeries(match[1]);
  return series ? { series, number: match[2] } : null;
}

function validateSeries(value: string | null | undefined, field: string): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  return normalizeBirthCertificateSeries(value) ? [] : [problem(field, 'INVALID_BIRTH_CERTIFICATE_SERIES')];
}

function validateNumber(value: string | null | undefined, field: string): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  return NUMBER.test(value.trim()) ? [] : [problem(field, 'INVALID_BIRTH_CERTIFICATE_NUMBER')];
}

function validateIssueDate(
  value: string | null | undefined,
  field: string,
  context: BirthCertificateContext,
): FieldProblem[] {
  const { date, problems } = checkIssueDate(value, field, context.now);
  if (!date) return problems;
  const birth = optionalDate(context.childBirthDate);
  return birth && date < birth ? [problem(field, 'ISSUE_DATE_BEFORE_BIRTH')] : [];
}

/** Russian birth certificate (свидетельство о рождении); fields reported as `${prefix}.series`, … */
export function validateBirthCertificate(
  input: BirthCertificateInput,
  context: BirthCertificateContext,
  prefix = 'birthCertificate',
): FieldProblem[] {
  return [
    ...validateSeries(input.series, `${prefix}.series`),
    ...validateNumber(input.number, `${prefix}.number`),
    ...validateIssueDate(input.issueDate, `${prefix}.issueDate`, context),
  ];
}
