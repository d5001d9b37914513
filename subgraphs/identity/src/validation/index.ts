// Public surface of the identity validators: pure functions, no I/O, `now` passed in.
export { VALIDATION_CODES, problem } from './field-problem';
export type { FieldProblem, ValidationCode } from './field-problem';
export { VALIDATION_MESSAGES } from './messages';
export type { LocalizedMessage } from './messages';
export * from './person';
export { formatSnils, normalizeSnils, snilsCheckNumber, validateSnils } from './snils';
export { isValidInn, validateInn } from './inn';
export type { InnKind, InnOptions } from './inn';
export { normalizePassportSeries, validatePassport } from './passport';
export type { PassportContext, PassportInput } from './passport';
export {
  LICENCE_CATEGORIES,
  isLicenceCategory,
  normalizeDriverLicence,
  validateDriverLicence,
} from './driver-licence';
export type { DriverLicenceContext, DriverLicenceInput, LicenceCategory } from './driver-licence';
export {
  normalizeBirthCertificateSeries,
  parseBirthCertificate,
  validateBirthCertificate,
} from './birth-certificate';
export type { BirthCertificateContext, BirthCertificateInput } from './birth-certificate';
export {
  maskBirthCertificate,
  maskDriverLicence,
  maskEmail,
  maskInn,
  maskPassportNumber,
  maskPhone,
  maskSnils,
} from './masking';
