import { normalizePhone, parsePhone } from '../../src/validation/phone';

describe('parsePhone', () => {
  it.each([
    ['+7 (912) 345-67-89', '+79123456789'],
    ['8 912 345 67 89', '+79123456789'],
    ['89123456789', '+79123456789'],
    ['79123456789', '+79123456789'],
    ['+79123456789', '+79123456789'],
    ['8-912-345-67-89', '+79123456789'],
    ['  +7 912 345 67 89  ', '+79123456789'],
    ['+7\u00a0912\u00a0345-67-89', '+79123456789'],
    ['8 (495) 123-45-67', '+74951234567'],
    // The sandbox provider's documented test numbers must stay storable.
    ['+79990009990', '+79990009990'],
  ])('accepts %p as %s', (raw, stored) => {
    expect(parsePhone(raw)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['Kazakhstan, which shares +7', '+7 701 123 45 67'],
    ['not Russian', '+1 202 555 0123'],
    ['too short', '+7 912 345 67 8'],
    ['too long', '+7 912 345 67 890'],
    ['text around the number', 'tel: +7 912 345 67 89'],
    ['letters', 'not a phone'],
    ['an extension', '+7 (912) 345-67-89 ext 5'],
    ['a NUL', '+7912345\u00006789'],
    ['a line break', '+7912345\n6789'],
    ['a zero-width space', '+7912\u200b3456789'],
    ['very long', `+7${'9'.repeat(200)}`],
    ['empty', ''],
    ['only spaces', '   '],
  ])('refuses %s (%p) with INVALID_PHONE', (_label, raw) => {
    expect(parsePhone(raw)).toEqual({ ok: false, code: 'INVALID_PHONE' });
  });

  it('refuses service numbers a person cannot be reached on', () => {
    expect(parsePhone('8 800 555 35 35')).toEqual({ ok: false, code: 'PHONE_NOT_PERSONAL' });
  });
});

describe('normalizePhone', () => {
  it('gives E.164 for any valid Russian number, service ones included (for look-ups)', () => {
    expect(normalizePhone('8 (912) 345-67-89')).toBe('+79123456789');
    expect(normalizePhone('8 800 555 35 35')).toBe('+78005553535');
  });

  it('gives null for anything else', () => {
    expect(normalizePhone('+7 701 123 45 67')).toBeNull();
    expect(normalizePhone('')).toBeNull();
    expect(normalizePhone(null)).toBeNull();
    expect(normalizePhone(undefined)).toBeNull();
  });
});
