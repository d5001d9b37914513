/**
 * Numbers shown partly hidden until the person asks to see them (someone may be looking over
 * their shoulder), in the same shapes the API uses when it masks them for someone else.
 */
const digitsOf = (value: string) => value.replace(/\D/g, '');

/** "112-233-445 95" → "***-***-445 95". */
export function maskSnils(snils: string): string {
  const digits = digitsOf(snils);
  return digits.length === 11 ? `***-***-${digits.slice(6, 9)} ${digits.slice(9)}` : '***';
}

/** Keeps the last 4 digits: "500100732259" → "********2259". */
export function maskInn(inn: string): string {
  const digits = digitsOf(inn);
  return digits.length > 4 ? `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}` : '***';
}

/** The region part of the series and the last two digits of the number: "45** ****89". */
export function maskPassport(series: string, number: string): { series: string; number: string } {
  const seriesDigits = digitsOf(series);
  const numberDigits = digitsOf(number);
  return { series: `${seriesDigits.slice(0, 2)}**`, number: `****${numberDigits.slice(-2)}` };
}

/** Keeps the last 4 digits: "99 99 123456" → "** ** **3456". */
export function maskDriverLicence(number: string): string {
  return `** ** **${digitsOf(number).slice(-4)}`;
}

