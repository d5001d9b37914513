import type { Locale, LocalizedText } from '../i18n/locale';
import { toUserErrors, type Problem, type UserError } from './user-error';

/**
 * Services report expected failures as coded problems (no language, no GraphQL) inside an
 * `Outcome`; resolvers turn them into `UserError`s. Each subgraph keeps only its own codes and
 * messages and binds these helpers to its problem type:
 *
 *   export type EducationProblem = CodedProblem<EducationCode>;
 *   export const problem = codedProblem<EducationCode>;
 *   export type Outcome<T> = KitOutcome<T, EducationProblem>;   // import { type Outcome as KitOutcome }
 *   export const { success, failure } = outcomeHelpers<EducationProblem>();
 */

/** Values for a message's {placeholders} (limits, statuses, dates…). */
export type ProblemParams = Record<string, string | number>;

/** A problem whose code is one of a subgraph's codes, with values for its message. */
export interface CodedProblem<C extends string = string> extends Problem {
  code: C;
  params?: ProblemParams;
}

/** A problem on `field` (null: the whole input); `params` only when the message has placeholders. */
export function codedProblem<C extends string>(field: string | null, code: C, params?: ProblemParams): CodedProblem<C> {
  return params ? { field, code, params } : { field, code };
}

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T, P extends Problem = Problem> = { ok: true; value: T } | { ok: false; problems: P[] };

export interface OutcomeHelpers<P extends Problem> {
  success<T>(value: T): Outcome<T, P>;
  /** `failure<Row>(…)` names the value type where nothing else does (inside a transaction callback). */
  failure<T>(problems: P[]): Outcome<T, P>;
}

/** `success` and `failure` typed for one subgraph's problems. */
export function outcomeHelpers<P extends Problem>(): OutcomeHelpers<P> {
  return {
    success: (value) => ({ ok: true, value }),
    failure: (problems) => ({ ok: false, problems }),
  };
}

/** `{name}` placeholders in `text` replaced by `params.name`; unknown ones are left as they are. */
export function fillPlaceholders(text: string, params: ProblemParams = {}): string {
  let filled = text;
  for (const [name, value] of Object.entries(params)) filled = filled.replaceAll(`{${name}}`, String(value));
  return filled;
}

/** `toUserErrors` with each message's placeholders filled from the problem's params. */
export function localizeProblems(
  problems: readonly CodedProblem[],
  messages: Readonly<Record<string, LocalizedText>>,
  locale: Locale,
): UserError[] {
  return toUserErrors(problems, messages, locale).map((error, i) => ({ ...error, message: fillPlaceholders(error.message, problems[i].params) }));
}
