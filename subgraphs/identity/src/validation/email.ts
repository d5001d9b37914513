import { isEmail } from 'class-validator';
import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

/**
 * Email syntax is delegated to class-validator (validator.js): it already handles
 * IDN domains such as почта.рф and the RFC length limits. The value is checked as
 * given — surrounding spaces are refused rather than silently accepted, so callers
 * trim before storing.
 */
export function validateEmail(value: string | null | undefined, field = 'email'): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  return isEmail(value) ? [] : [problem(field, 'INVALID_EMAIL')];
}
