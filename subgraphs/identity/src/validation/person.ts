// Validators for a person's own profile fields; each lives in its own file.
export { validateEmail } from './email';
export { normalizePhone, validatePhone } from './phone';
export { validatePersonName } from './person-name';
export type { PersonNameOptions } from './person-name';
export { ageOn, validateBirthDate } from './birth-date';
export type { BirthDateOptions } from './birth-date';
export { passwordRuleFailures, validatePassword } from './password';
export type { PasswordRule } from './password';
