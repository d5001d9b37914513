import { CONTACT_CODES } from '@eco/kit';

/**
 * Every code a validator in this folder can return. Kept as a runtime list (not only a
 * type) so the messages table and the tests can be checked against it exhaustively.
 */
export const VALIDATION_CODES = [
  'REQUIRED',
  'TOO_LONG',
  // Email and phone rules are the kit's, shared with every subgraph.
  ...CONTACT_CODES,
  'INVALID_NAME',
  'INVALID_DATE',
  'DATE_IN_FUTURE',
  'BIRTH_DATE_TOO_EARLY',
  'TOO_YOUNG',
  'WEAK_PASSWORD',
  'PASSWORD_TOO_LONG',
  'INVALID_SNILS',
  'SNILS_CHECKSUM',
  'INVALID_INN',
  'INN_CHECKSUM',
  'INN_WRONG_KIND',
  'INVALID_PASSPORT_SERIES',
  'INVALID_PASSPORT_NUMBER',
  'INVALID_ISSUER_CODE',
  'PASSPORT_ISSUE_DATE_TOO_EARLY',
  'ISSUE_DATE_BEFORE_BIRTH',
  'ISSUED_BEFORE_AGE_14',
  'INVALID_DRIVER_LICENCE',
  'INVALID_LICENCE_CATEGORY',
  'EXPIRY_BEFORE_ISSUE',
  'EXPIRY_TOO_LATE',
  'INVALID_BIRTH_CERTIFICATE_SERIES',
  'INVALID_BIRTH_CERTIFICATE_NUMBER',
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** One problem with one input field; `field` is the input name or a dotted path such as `passport.series`. */
export interface FieldProblem {
  field: string;
  code: ValidationCode;
}

export function problem(field: string, code: ValidationCode): FieldProblem {
  return { field, code };
}
