import { codedProblem, DOCUMENT_MESSAGES, localizeProblems, outcomeHelpers, type CodedProblem, type DocumentCode, type LocalizedText, type Locale, type Outcome as KitOutcome, type UserError } from '@eco/kit';

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

export type TaxesFinesProblem = CodedProblem<TaxesFinesCode>;

export const problem = codedProblem<TaxesFinesCode>;

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T> = KitOutcome<T, TaxesFinesProblem>;
export const { success, failure } = outcomeHelpers<TaxesFinesProblem>();

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
  return localizeProblems(problems, MESSAGES, locale);
}
