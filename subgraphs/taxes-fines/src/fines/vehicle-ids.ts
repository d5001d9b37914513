/**
 * Plates and registration certificates are typed with Latin look-alikes as often as with
 * Cyrillic letters ("A123BC77"); stored and searched in one form: upper case, no spaces or
 * dashes, the twelve letters Russian plates use written in Cyrillic.
 */
const LATIN_TO_CYRILLIC: Record<string, string> = { A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', Y: 'У', X: 'Х' };

export function normalizePlate(value: string): string {
  return value
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[ABEKMHOPCTYX]/g, (letter) => LATIN_TO_CYRILLIC[letter]);
}

/** СТС: "77 УА 123456" → "77УА123456" (same letters rule as plates). */
export const normalizeRegistrationCertificate = normalizePlate;

/** Driver licence: the ten digits, whatever the spacing ("99 21 345678"). */
export const normalizeDriverLicence = (value: string): string => value.replace(/\D/g, '');
