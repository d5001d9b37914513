import { codedProblem, outcomeHelpers, type CodedProblem, type Outcome as KitOutcome } from '@eco/kit';

/** Codes of the documents subgraph's expected failures (userErrors[].code). */
export const DOCUMENTS_CODES = [
  'FILE_NAME_REQUIRED',
  'FILE_NAME_INVALID',
  'SIZE_INVALID',
  'FILE_TOO_LARGE',
  'CONTENT_TYPE_NOT_ALLOWED',
  'ISSUED_DOCUMENT_NOT_FOUND',
  'ALREADY_REVOKED',
  'REASON_REQUIRED',
] as const;

export type DocumentsCode = (typeof DOCUMENTS_CODES)[number];

/** An expected failure as the services report it: no language, no GraphQL. */
export type DocumentsProblem = CodedProblem<DocumentsCode>;

export const problem = codedProblem<DocumentsCode>;

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T> = KitOutcome<T, DocumentsProblem>;
export const { success, failure } = outcomeHelpers<DocumentsProblem>();
