import { DOCUMENT_MESSAGES, type DocumentCode, type LocalizedText, type Locale, type Problem, type UserError } from '@eco/kit';

/** An expected failure as services report it: a code, no language, no GraphQL. */
export type TaxesFinesCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_MANY_ITEMS'
  | 'EXACTLY_ONE_CRITERION'
  | 'FINE_NOT_FOUND'
  | 'FINE_NOT_APPEALABLE'
  | 'APPEAL_PENDING'
  | 'APPEAL_NOT_FOUND'
  | 'APPEAL_ALREADY_DECIDED'
  // Evidence documents an appeal names (the kit's codes, the same in every subgraph).
  | DocumentCode;

export interface TaxesFinesProblem extends Problem {
  code: TaxesFinesCode;
  params?: Record<string, string | number>;
}

export const problem = (field: string | null, code: TaxesFinesCode, params?: Record<string, string | number>): TaxesFinesProblem =>
  params ? { field, code, params } : { field, code };

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: TaxesFinesProblem[] };
export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T>(problems: TaxesFinesProblem[]): Outcome<T> => ({ ok: false, problems });

export const MESSAGES: Record<TaxesFinesCode, LocalizedText> = {
  REQUIRED: { ru: 'Обязательное поле', en: 'This field is required' },
  TOO_LONG: { ru: 'Не более {limit} символов', en: 'At most {limit} characters' },
  TOO_MANY_ITEMS: { ru: 'Не более {limit} элементов', en: 'At most {limit} items' },
  EXACTLY_ONE_CRITERION: {
    ru: 'Укажите ровно одно: водительское удостоверение, СТС или госномер',
    en: 'Give exactly one of: driver licence, registration certificate or plate',
  },
  FINE_NOT_FOUND: { ru: 'Штраф не найден', en: 'No such fine' },
  FINE_NOT_APPEALABLE: {
    ru: 'Обжаловать можно только неоплаченный штраф до истечения срока оплаты (статус: {status})',
    en: 'Only an unpaid fine can be appealed, before its payment deadline (status: {status})',
  },
  APPEAL_PENDING: { ru: 'По этому штрафу уже подана жалоба', en: 'This fine already has an appeal under consideration' },
  APPEAL_NOT_FOUND: { ru: 'Жалоба не найдена', en: 'No such appeal' },
  APPEAL_ALREADY_DECIDED: { ru: 'По жалобе уже принято решение', en: 'This appeal has already been decided' },
  ...DOCUMENT_MESSAGES,
};

/** Service problems → user errors in the caller's language, placeholders filled in. */
export function userErrorsFor(problems: readonly TaxesFinesProblem[], locale: Locale): UserError[] {
  return problems.map((p) => {
    let message = MESSAGES[p.code]?.[locale] ?? p.code;
    for (const [name, value] of Object.entries(p.params ?? {})) message = message.replaceAll(`{${name}}`, String(value));
    return { field: p.field, code: p.code, message };
  });
}
