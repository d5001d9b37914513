import { codedProblem, DOCUMENT_CODES, IDEMPOTENCY_CODES, outcomeHelpers, type CodedProblem, type Outcome as KitOutcome } from '@eco/kit';

/** Codes of the applications subgraph's expected failures (userErrors[].code). */
export const APPLICATION_CODES = [
  // Submission
  'SERVICE_NOT_FOUND',
  ...IDEMPOTENCY_CODES,
  // Workflow: an application that is not there, not the applicant's or not the employee's department's
  'APPLICATION_NOT_FOUND',
  'INVALID_TRANSITION',
  'CONCURRENT_UPDATE',
  'APPLICATION_CLOSED',
  // Documents named in a form (file fields): the kit's checks, the same in every subgraph
  ...DOCUMENT_CODES,
  // Completion: what the result document needs could not be found out now; nothing was stored
  'CATALOG_UNAVAILABLE',
  'APPLICANT_NAME_UNAVAILABLE',
  // Plain input checks
  'REQUIRED',
  'TOO_LONG',
  // Saved filters
  'FILTER_LIMIT_REACHED',
  'SAVED_FILTER_NOT_FOUND',
] as const;

/** Codes of form-data validation: one per JSON Schema keyword family. */
export const FORM_CODES = [
  'REQUIRED',
  'INVALID_TYPE',
  'PATTERN_MISMATCH',
  'INVALID_FORMAT',
  'NOT_ALLOWED_VALUE',
  'MUST_BE_CONFIRMED',
  'TOO_SHORT',
  'TOO_LONG',
  'TOO_SMALL',
  'TOO_LARGE',
  'TOO_FEW_ITEMS',
  'TOO_MANY_ITEMS',
  'DUPLICATE_ITEMS',
  'UNKNOWN_FIELD',
  'INVALID_VALUE',
] as const;

export type ApplicationCode = (typeof APPLICATION_CODES)[number] | (typeof FORM_CODES)[number];

/** An expected failure as services report it: no language, no GraphQL. */
export type ApplicationProblem = CodedProblem<ApplicationCode>;

export const problem = codedProblem<ApplicationCode>;

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T> = KitOutcome<T, ApplicationProblem>;
export const { success, failure } = outcomeHelpers<ApplicationProblem>();
