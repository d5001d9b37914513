import { normalizePhone, parsePhone } from '@eco/kit';
import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

export { normalizePhone };

/** The kit's phone rules (a Russian mobile or landline number), in this folder's FieldProblem shape. */
export function validatePhone(value: string | null | undefined, field = 'phone'): FieldProblem[] {
  if (isBlank(value)) return [problem(field, 'REQUIRED')];
  const checked = parsePhone(value);
  return checked.ok ? [] : [problem(field, checked.code)];
}
