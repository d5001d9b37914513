export { isAcceptableEmail, MAX_EMAIL_LENGTH } from './email';
export { FORM_FORMATS, isCalendarDate } from './formats';
