import type { Problem } from '@eco/kit';

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
export interface DocumentsProblem extends Problem {
  code: DocumentsCode;
  params?: Record<string, string | number>;
}

export const problem = (field: string | null, code: DocumentsCode, params?: Record<string, string | number>): DocumentsProblem =>
  params ? { field, code, params } : { field, code };

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: DocumentsProblem[] };
export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failure = <T>(problems: DocumentsProblem[]): Outcome<T> => ({ ok: false, problems });
