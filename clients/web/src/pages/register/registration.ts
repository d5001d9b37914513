/** The registration form as typed (birth date YYYY-MM-DD, from a date input). */
export interface RegistrationForm {
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  email: string;
  phone: string;
  password: string;
}

export type RegistrationField = keyof RegistrationForm;

/** Problem codes, the same as the identity subgraph reports (subgraphs/identity/src/validation). */
export type RegistrationProblem = 'REQUIRED' | 'TOO_LONG' | 'INVALID_NAME' | 'INVALID_DATE' | 'DATE_IN_FUTURE' | 'BIRTH_DATE_TOO_EARLY' | 'TOO_YOUNG' | 'INVALID_EMAIL' | 'INVALID_PHONE' | 'PHONE_NOT_PERSONAL' | 'WEAK_PASSWORD' | 'PASSWORD_TOO_LONG';

export type PasswordRule = 'MIN_LENGTH' | 'UPPERCASE' | 'LOWERCASE' | 'DIGIT' | 'SPECIAL';

/** Accounts are opened from 14, when a person gets a passport (as the API enforces). */
export const MIN_AGE = 14;

// As the API: words of one alphabet joined by single hyphens, apostrophes or spaces.
const CYRILLIC_NAME = /^[А-ЯЁа-яё]+(?:[-'’ ][А-ЯЁа-яё]+)*$/u;
const LATIN_NAME = /^[A-Za-z]+(?:[-'’ ][A-Za-z]+)*$/u;

const PASSWORD_RULES: ReadonlyArray<readonly [PasswordRule, (value: string) => boolean]> = [
  ['MIN_LENGTH', (value) => [...value].length >= 8],
  ['UPPERCASE', (value) => /\p{Lu}/u.test(value)],
  ['LOWERCASE', (value) => /\p{Ll}/u.test(value)],
  ['DIGIT', (value) => /\p{Nd}/u.test(value)],
  ['SPECIAL', (value) => /[^\p{L}\p{N}\s]/u.test(value)],
];

export const PASSWORD_RULE_ORDER: PasswordRule[] = PASSWORD_RULES.map(([rule]) => rule);

/** Which of the password rules a password breaks, in a stable order (the form shows each). */
export function passwordRuleFailures(value: string): PasswordRule[] {
  return PASSWORD_RULES.filter(([, passes]) => !passes(value)).map(([rule]) => rule);
}

function nameProblem(value: string, required: boolean): RegistrationProblem | null {
  const name = value.trim();
  if (!name) return required ? 'REQUIRED' : null;
  if (name.length > 100) return 'TOO_LONG';
  return CYRILLIC_NAME.test(name) || LATIN_NAME.test(name) ? null : 'INVALID_NAME';
}

function birthDateProblem(value: string, now: Date): RegistrationProblem | null {
  if (!value.trim()) return 'REQUIRED';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return 'INVALID_DATE';
  const [year, month, day] = match.slice(1).map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) return 'INVALID_DATE';
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  if (parsed.getTime() > today) return 'DATE_IN_FUTURE';
  if (year < 1900) return 'BIRTH_DATE_TOO_EARLY';
  const fourteenth = Date.UTC(year + MIN_AGE, month - 1, day);
  return fourteenth > today ? 'TOO_YOUNG' : null;
}

/** "8 (912) 345-67-89", "+7 912 3456789", "79123456789" → "+79123456789"; null if not Russian. */
export function normalizePhone(value: string): string | null {
  const digits = value.replace(/[\s()-]/g, '');
  const match = /^(?:\+7|8|7)(\d{10})$/.exec(digits);
  return match ? `+7${match[1]}` : null;
}

function phoneProblem(value: string): RegistrationProblem | null {
  if (!value.trim()) return 'REQUIRED';
  const phone = normalizePhone(value.trim());
  if (!phone) return 'INVALID_PHONE';
  // Russian numbers begin 3, 4, 8 or 9 after +7; 8-800… (free-call) numbers are not a person's.
  if (!/^\+7[3489]/.test(phone)) return 'INVALID_PHONE';
  return /^\+780[0-9]/.test(phone) ? 'PHONE_NOT_PERSONAL' : null;
}

function emailProblem(value: string): RegistrationProblem | null {
  const email = value.trim();
  if (!email) return 'REQUIRED';
  if (email.length > 254) return 'INVALID_EMAIL';
  return /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/u.test(email) ? null : 'INVALID_EMAIL';
}

function passwordProblem(value: string): RegistrationProblem | null {
  if (!value) return 'REQUIRED';
  if ([...value].length > 128) return 'PASSWORD_TOO_LONG';
  return passwordRuleFailures(value).length > 0 ? 'WEAK_PASSWORD' : null;
}

/** Every field's problem at once (the API checks the same again and has the last word). */
export function validateRegistration(form: RegistrationForm, now: Date): Partial<Record<RegistrationField, RegistrationProblem>> {
  const problems: Partial<Record<RegistrationField, RegistrationProblem | null>> = {
    lastName: nameProblem(form.lastName, true),
    firstName: nameProblem(form.firstName, true),
    middleName: nameProblem(form.middleName, false),
    birthDate: birthDateProblem(form.birthDate, now),
    email: emailProblem(form.email),
    phone: phoneProblem(form.phone),
    password: passwordProblem(form.password),
  };
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem)) as Partial<Record<RegistrationField, RegistrationProblem>>;
}
