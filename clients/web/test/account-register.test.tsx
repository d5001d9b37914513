import { describe, expect, it } from 'vitest';
import { normalizePhone, passwordRuleFailures, validateRegistration, type RegistrationForm } from '../src/pages/register/registration';

const now = new Date('2026-12-03T13:00:00.000Z');
const valid: RegistrationForm = { lastName: 'Петров', firstName: 'Пётр', middleName: '', birthDate: '1990-05-17', email: 'petrov@example.ru', phone: '+79123456789', password: 'Secret-pass1' };

describe('validateRegistration', () => {
  it('accepts a valid form (no patronymic)', () => {
    expect(validateRegistration(valid, now)).toEqual({});
  });

  it('reports every field at once, with the API codes', () => {
    expect(validateRegistration({ lastName: '', firstName: 'Ivan2', middleName: 'Ивaнович', birthDate: '', email: 'nope', phone: '12345', password: 'short' }, now)).toEqual({
      lastName: 'REQUIRED',
      firstName: 'INVALID_NAME',
      middleName: 'INVALID_NAME',
      birthDate: 'REQUIRED',
      email: 'INVALID_EMAIL',
      phone: 'INVALID_PHONE',
      password: 'WEAK_PASSWORD',
    });
  });

  it('checks the birth date: real, not in the future, from 1900, at least 14 years old', () => {
    expect(validateRegistration({ ...valid, birthDate: '2001-02-30' }, now).birthDate).toBe('INVALID_DATE');
    expect(validateRegistration({ ...valid, birthDate: '2027-01-01' }, now).birthDate).toBe('DATE_IN_FUTURE');
    expect(validateRegistration({ ...valid, birthDate: '1899-12-31' }, now).birthDate).toBe('BIRTH_DATE_TOO_EARLY');
    expect(validateRegistration({ ...valid, birthDate: '2012-12-04' }, now).birthDate).toBe('TOO_YOUNG');
    expect(validateRegistration({ ...valid, birthDate: '2012-12-03' }, now).birthDate).toBeUndefined();
  });

  it('takes usual phone spellings and refuses free-call numbers', () => {
    expect(normalizePhone('8 (912) 345-67-89')).toBe('+79123456789');
    expect(normalizePhone('+7 912 3456789')).toBe('+79123456789');
    expect(validateRegistration({ ...valid, phone: '8 800 555-35-35' }, now).phone).toBe('PHONE_NOT_PERSONAL');
  });

  it('names the password rules that are broken, Cyrillic letters included', () => {
    expect(passwordRuleFailures('abc')).toEqual(['MIN_LENGTH', 'UPPERCASE', 'DIGIT', 'SPECIAL']);
    expect(passwordRuleFailures('Пароль-надёжный1')).toEqual([]);
    expect(validateRegistration({ ...valid, password: 'x'.repeat(129) }, now).password).toBe('PASSWORD_TOO_LONG');
  });
});
