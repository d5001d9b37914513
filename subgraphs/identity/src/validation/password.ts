import { FieldProblem, problem } from './field-problem';

const MIN_LENGTH = 8;
// An upper bound keeps the password hasher's input bounded (argon2 cost grows with it).
const MAX_LENGTH = 128;

export type PasswordRule = 'MIN_LENGTH' | 'UPPERCASE' | 'LOWERCASE' | 'DIGIT' | 'SPECIAL';

// Unicode letter classes, so a Cyrillic password («Пароль») counts its capitals too.
const RULE_TESTS: ReadonlyArray<readonly [PasswordRule, (value: string) => boolean]> = [
  ['MIN_LENGTH', (value) => [...value].length >= MIN_LENGTH],
  ['UPPERCASE', (value) => /\p{Lu}/u.test(value)],
  ['LOWERCASE', (value) => /\p{Ll}/u.test(value)],
  ['DIGIT', (value) => /\p{Nd}/u.test(value)],
  // Anything that is not a letter, digit or whitespace counts as a special character.
  ['SPECIAL', (value) => /[^\p{L}\p{N}\s]/u.test(value)],
];

/**
 * Which strength rules a password breaks, in a stable order. The API reports a single
 * WEAK_PASSWORD; this list lets a form show the user what exactly is missing.
 */
export function passwordRuleFailures(value: string): PasswordRule[] {
  return RULE_TESTS.filter(([, passes]) => !passes(value)).map(([rule]) => rule);
}

/** At least 8 characters with an upper- and a lower-case letter, a digit and a special character; at most 128. */
export function validatePassword(value: string | null | undefined, field = 'password'): FieldProblem[] {
  if (value === null || value === undefined || value === '') return [problem(field, 'REQUIRED')];
  if ([...value].length > MAX_LENGTH) return [problem(field, 'PASSWORD_TOO_LONG')];
  return passwordRuleFailures(value).length > 0 ? [problem(field, 'WEAK_PASSWORD')] : [];
}
