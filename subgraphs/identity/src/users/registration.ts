import { normalizeEmail } from '@eco/kit';
import {
  normalizePhone,
  validateBirthDate,
  validateEmail,
  validatePassword,
  validatePersonName,
  validatePhone,
  type FieldProblem,
} from '../validation';

/** What a person fills in to create an account; dates as `YYYY-MM-DD`. */
export interface RegistrationData {
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate: string;
  email: string;
  phone: string;
  password: string;
}

/** Gosuslugi accounts are opened from the age of 14, when a person gets a passport. */
export const MIN_REGISTRATION_AGE = 14;

/**
 * Stray spaces from copy-paste are dropped before validation (the validators refuse them
 * on purpose, leaving the trimming to callers); the password is kept exactly as typed.
 */
export function normalizeRegistration(input: RegistrationData): RegistrationData {
  const middleName = input.middleName?.trim();
  return {
    lastName: input.lastName.trim(),
    firstName: input.firstName.trim(),
    middleName: middleName ? middleName : null,
    birthDate: input.birthDate.trim(),
    email: normalizeEmail(input.email),
    phone: input.phone.trim(),
    password: input.password,
  };
}

/** Every problem with every field at once, so the form can show them all together. */
export function validateRegistration(data: RegistrationData, now: Date): FieldProblem[] {
  return [
    ...validatePersonName(data.lastName, 'lastName', { required: true }),
    ...validatePersonName(data.firstName, 'firstName', { required: true }),
    ...validatePersonName(data.middleName, 'middleName', { required: false }),
    ...validateBirthDate(data.birthDate, 'birthDate', now, { minAge: MIN_REGISTRATION_AGE }),
    ...validateEmail(data.email, 'email'),
    ...validatePhone(data.phone, 'phone'),
    ...validatePassword(data.password, 'password'),
  ];
}

/** The phone as stored and looked up: E.164, so "8 912 …" and "+7 (912) …" are one number. */
export function storedPhone(phone: string): string {
  const normalized = normalizePhone(phone);
  if (!normalized) throw new RangeError('storedPhone called with an unvalidated phone');
  return normalized;
}
