const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL_LENGTH = 254;
const E164 = /^\+[1-9]\d{9,14}$/;

export function isEmail(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}

export function isE164Phone(value: string): boolean {
  return E164.test(value);
}

/** Lower-case, trimmed; null when it is not an email address. */
export function normalizeEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return isEmail(email) ? email : null;
}

/**
 * E.164, the way SMS gateways take numbers. Russian numbers may be typed as "8 912 …",
 * "7912…" or "+7 (912) …"; other countries need their "+" and code.
 */
export function normalizePhone(value: string): string | null {
  const compact = value.trim().replace(/[\s()-]/g, '');
  let phone = compact;
  if (/^8\d{10}$/.test(compact)) phone = `+7${compact.slice(1)}`;
  else if (/^7\d{10}$/.test(compact)) phone = `+${compact}`;
  if (phone.startsWith('+7') && phone.length !== 12) return null;
  return isE164Phone(phone) ? phone : null;
}
