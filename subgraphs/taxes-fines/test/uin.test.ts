import { isGibddUin, isValidUin, uinCheckDigit, withCheckDigit } from '../src/fines/uin';

describe('UIN check digit (Minfin order 107n)', () => {
  it('weights 1..10 cyclically, sum mod 11 (worked by hand)', () => {
    // 1·1+8·2+8·3+1·4+0·5+1·6+7·7+7·8+2·9+6·10 + 0…0 + 1·9 = 243; 243 mod 11 = 1
    expect(uinCheckDigit('1881017726000000001')).toBe(1);
    expect(isValidUin('18810177260000000011')).toBe(true);
    expect(isValidUin('18810177260000000012')).toBe(false);
  });

  it('a remainder of 10 is recomputed with the weights shifted to 3,4,…,10,1,2', () => {
    // First pass: 87 mod 11 = 10. Second: 3+32+40+6+8 + 4·1 = 93; 93 mod 11 = 5.
    expect(uinCheckDigit('1881010000000000004')).toBe(5);
    expect(isValidUin('18810100000000000045')).toBe(true);
  });

  it('10 again on the second pass gives 0', () => {
    // First: 51 + 9·8 + 7·9 = 186 → 10; second: 89 + 9·10 + 7·1 = 186 → 10 → 0.
    expect(uinCheckDigit('1881010000000000097')).toBe(0);
    expect(isValidUin('18810100000000000970')).toBe(true);
  });

  it('accepts 20 and 25 digits only', () => {
    const twentyFive = withCheckDigit('188101772600000000000123');
    expect(twentyFive).toHaveLength(25);
    expect(isValidUin(twentyFive)).toBe(true);
    expect(isValidUin(twentyFive.slice(1))).toBe(false);
    expect(isValidUin('1881017726000000001')).toBe(false);
    expect(isValidUin('1881017726000000001a')).toBe(false);
  });

  it('GIBDD UINs begin with 188', () => {
    expect(isGibddUin('18810177260000000011')).toBe(true);
    const tax = withCheckDigit('1820000000000000001');
    expect(isValidUin(tax)).toBe(true);
    expect(isGibddUin(tax)).toBe(false);
    expect(isGibddUin('18810177260000000012')).toBe(false);
  });
});
