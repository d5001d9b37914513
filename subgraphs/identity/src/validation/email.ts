import { emailProblem } from '@eco/kit';
import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

/**
 * The kit's email rules (one set for every subgraph), in this folder's FieldProblem shape.
 * The value is checked as given — surrounding spaces are refused rather than silently
 * accepted — so callers normalize (normalizeEmail) before validating and storing.
 */
export function validateEmail(value: string | null | undefined, field = 'email'): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  const code = emailProblem(value);
  return code ? [problem(field, code)] : [];
}
