import { normalizeDriverLicence } from './driver-licence';
import { normalizePassportSeries } from './passport';
import { normalizePhone } from './phone';
import { normalizeSnils } from './snils';

// Masks are for showing a user which document is on file, in UI and logs. A value that
// cannot be parsed is never echoed back: it gets the fully masked shape instead, since a
// malformed value could still be (most of) a real identifier.

const MASKED_SNILS = '***-***-*** **';
const MASKED_INN = '************';
const MASKED_PASSPORT = '**** ******';
const MASKED_DRIVER_LICENCE = '** ** ******';
const MASKED_EMAIL = '***';
const MASKED_PHONE = '+7 *** ***-**-**';
const MASKED_BIRTH_CERTIFICATE = '******';

/** "11223344595" → "***-***-445 95". */
export function maskSnils(value: string | null | undefined): string {
  const digits = normalizeSnils(value);
  return digits ? `***-***-${digits.slice(6, 9)} ${digits.slice(9)}` : MASKED_SNILS;
}

/** Keeps the last 4 digits: "500100732259" → "********2259", "7707083893" → "******3893". */
export function maskInn(value: string | null | undefined): string {
  const digits = value?.trim() ?? '';
  return /^(\d{10}|\d{12})$/.test(digits) ? `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}` : MASKED_INN;
}

/** First 2 digits of the series (the region) and last 2 of the number: "45** ****89". */
export function maskPassportNumber(series: string | null | undefined, number: string | null | undefined): string {
  const normalizedSeries = normalizePassportSeries(series);
  const normalizedNumber = number?.trim() ?? '';
  if (!normalizedSeries || !/^\d{6}$/.test(normalizedNumber)) return MASKED_PASSPORT;
  return `${normalizedSeries.slice(0, 2)}** ****${normalizedNumber.slice(-2)}`;
}

/** Keeps the last 4 digits: "99 99 123456" → "** ** **3456". */
export function maskDriverLicence(value: string | null | undefined): string {
  const digits = normalizeDriverLicence(value);
  return digits ? `** ** **${digits.slice(-4)}` : MASKED_DRIVER_LICENCE;
}

/**
 * First and last character of the local part, domain kept: "ivan.petrov@mail.ru" →
 * "i***v@mail.ru". Always three stars, so the length is not revealed; a local part of
 * one or two characters is hidden entirely, as its first and last would be all of it.
 */
export function maskEmail(value: string | null | undefined): string {
  const email = value?.trim() ?? '';
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return MASKED_EMAIL;
  const local = [...email.slice(0, at)];
  const domain = email.slice(at + 1);
  const maskedLocal = local.length >= 3 ? `${local[0]}***${local[local.length - 1]}` : '***';
  return `${maskedLocal}@${domain}`;
}

/** Operator/area code and the last 2 digits: "+79123456789" → "+7 912 ***-**-89". */
export function maskPhone(value: string | null | undefined): string {
  const e164 = normalizePhone(value);
  return e164 ? `+7 ${e164.slice(2, 5)} ***-**-${e164.slice(-2)}` : MASKED_PHONE;
}

/** Last 3 digits of the number; the series is dropped. Accepts "123456" or "IV-МЮ 123456" → "***456". */
export function maskBirthCertificate(value: string | null | undefined): string {
  const match = /(?:^|[^\d])(\d{6})$/u.exec(value?.trim() ?? '');
  return match ? `***${match[1].slice(-3)}` : MASKED_BIRTH_CERTIFICATE;
}
