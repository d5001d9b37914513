import { formatSnils, maskDriverLicence, maskInn, maskPassportNumber, maskSnils } from '../validation';
import type { DriverLicenceData, PassportData } from './document-data';

/**
 * How each document is shown: in full to its owner, with most digits hidden to anyone else
 * who may see it at all (an administrator checking which documents are on file).
 */
export function presentSnils(snils: string | null, masked: boolean): string | null {
  if (snils === null) return null;
  return masked ? maskSnils(snils) : formatSnils(snils);
}

export function presentInn(inn: string | null, masked: boolean): string | null {
  if (inn === null) return null;
  return masked ? maskInn(inn) : inn;
}

export function presentPassport(passport: PassportData | null, masked: boolean): PassportData | null {
  if (passport === null || !masked) return passport;
  // "45** ****89": the region part of the series and the last two digits of the number.
  const [series, number] = maskPassportNumber(passport.series, passport.number).split(' ');
  return { ...passport, series, number };
}

export function presentDriverLicence(licence: DriverLicenceData | null, masked: boolean): DriverLicenceData | null {
  if (licence === null) return null;
  const digits = licence.number;
  const number = masked ? maskDriverLicence(digits) : `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
  return { ...licence, number };
}
