import { normalizeEmail } from '@eco/kit';
import { normalizePhone, normalizeSnils, validateInn, validateSnils } from '../validation';

/** The ways one typed login could name an account; several can apply to the same digits. */
export interface LoginCandidates {
  email: string | null;
  phone: string | null;
  snils: string | null;
  inn: string | null;
}

/**
 * One field accepts email, phone, SNILS or INN. Eleven digits such as "89123456789" can be
 * both a phone and a SNILS, so every reading that passes its own checks is kept and the
 * caller tries them in a fixed order.
 */
export function loginCandidates(login: string): LoginCandidates {
  const value = login.trim();
  if (value.includes('@')) return { email: normalizeEmail(value), phone: null, snils: null, inn: null };
  return {
    email: null,
    phone: normalizePhone(value),
    snils: validateSnils(value).length === 0 ? normalizeSnils(value) : null,
    inn: validateInn(value, 'inn', { kind: 'PERSON' }).length === 0 ? value : null,
  };
}
