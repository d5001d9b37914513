import { FieldProblem, problem } from './field-problem';
import { isBlank } from './presence';

const MAX_LENGTH = 100;

// Words of one alphabet joined by a single hyphen, apostrophe (straight or typographic)
// or space: «Салтыков-Щедрин», «d'Artagnan», «Мария Луиза». Leading/trailing or doubled
// separators are typos, not names.
const CYRILLIC_NAME = /^[А-ЯЁа-яё]+(?:[-'’ ][А-ЯЁа-яё]+)*$/u;
const LATIN_NAME = /^[A-Za-z]+(?:[-'’ ][A-Za-z]+)*$/u;

export interface PersonNameOptions {
  required: boolean;
}

/**
 * Surname, given name or patronymic. Cyrillic and Latin are accepted but not mixed in
 * one value: a mix («Ивaнов» with a Latin «a») is almost always a lookalike typed on the
 * wrong layout, and it would never match the same name in departmental registries.
 */
export function validatePersonName(
  value: string | null | undefined,
  field: string,
  options: PersonNameOptions = { required: true },
): FieldProblem[] {
  if (isBlank(value)) return options.required ? [problem(field, 'REQUIRED')] : [];
  if (value.length > MAX_LENGTH) return [problem(field, 'TOO_LONG')];
  return CYRILLIC_NAME.test(value) || LATIN_NAME.test(value) ? [] : [problem(field, 'INVALID_NAME')];
}
