import { generateUin, isValidUin, uinCheckDigit, uinProblem, withCheckDigit } from '../../src/validation/uin';

/** The Treasury's rule spelled out with explicit weight rows, independently of the kit's code. */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 1, 2];
function referenceCheckDigit(body: string): number {
  const remainder = (weights: number[]) => [...body].reduce((sum, d, i) => sum + Number(d) * weights[i % 10], 0) % 11;
  const first = remainder(FIRST_WEIGHTS);
  if (first < 10) return first;
  const second = remainder(SECOND_WEIGHTS);
  return second < 10 ? second : 0;
}

/** A small seeded generator (mulberry32), so a failing case can be reproduced. */
function seededRandom(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

const digits = (random: (max: number) => number, n: number) => Array.from({ length: n }, () => String(random(10))).join('');

describe('UIN check digit', () => {
  it.each([
    // A GIBDD fine of 2020 from a published payment record (Kemerovo region).
    ['18810142200817004923'],
    // Published payment details of an MVD department (Snezhinsk, Chelyabinsk region).
    ['18887717033050384868'],
    // The seeded fine of issue 10: its first pass gives 10, the second (3,4,…,10,1,2) gives 7.
    ['18810177260000000027'],
  ])('accepts the real UIN %s', (uin) => {
    expect(uinProblem(uin)).toBeNull();
  });

  it('takes the sum mod 11 with weights 1..10 from the left (worked by hand)', () => {
    // 1·1+8·2+8·3+1·4+0·5+1·6+7·7+7·8+2·9+6·10 + 0…0 + 1·9 = 243; 243 mod 11 = 1
    expect(uinCheckDigit('1881017726000000001')).toBe(1);
    expect(isValidUin('18810177260000000011')).toBe(true);
    expect(uinProblem('18810177260000000012')).toBe('UIN_CHECKSUM');
  });

  it('on a first remainder of 10 shifts the weights by two within the 1..10 cycle', () => {
    // First: 234 + 2·9 = 252 → 10. Second: 3+32+40+6+0+8+63+70+2+12 = 236, + 2·1 = 238 → 7.
    // (Weights 3..12 would give 338 → 8: the digit payments used to demand.)
    expect(uinCheckDigit('1881017726000000002')).toBe(7);
    // First: 87 → 10. Second: 3+32+40+6+8 + 4·1 = 93 → 5.
    expect(uinCheckDigit('1881010000000000004')).toBe(5);
    expect(uinProblem('18810177260000000028')).toBe('UIN_CHECKSUM');
  });

  it('gives 0 when the second remainder is 10 too', () => {
    // First: 51 + 9·8 + 7·9 = 186 → 10; second: 89 + 9·10 + 7·1 = 186 → 10 → 0.
    expect(uinCheckDigit('1881010000000000097')).toBe(0);
    expect(isValidUin('18810100000000000970')).toBe(true);
  });

  it('knows the 20- and 25-digit forms and nothing else', () => {
    const twentyFive = withCheckDigit('188101772600000000000123');
    expect(twentyFive).toHaveLength(25);
    expect(uinProblem(twentyFive)).toBeNull();
    expect(uinProblem(twentyFive.slice(1))).toBe('UIN_FORMAT');
    expect(uinProblem('1881017726000000001')).toBe('UIN_FORMAT');
    expect(uinProblem('188101772600000000111')).toBe('UIN_FORMAT');
    expect(uinProblem('1881017726000000001a')).toBe('UIN_FORMAT');
    expect(uinProblem(' 18810177260000000011')).toBe('UIN_FORMAT');
    expect(uinProblem('')).toBe('UIN_FORMAT');
    expect(() => uinCheckDigit('123')).toThrow(RangeError);
  });
});

describe('UIN generators agree with the checker', () => {
  it('matches the rule as written on 20,000 random bodies of both lengths, a tenth of them in the second pass', () => {
    const random = seededRandom(20260410);
    let secondPass = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const body = digits(random, i % 2 === 0 ? 19 : 24);
      if ([...body].reduce((sum, d, j) => sum + Number(d) * FIRST_WEIGHTS[j % 10], 0) % 11 === 10) secondPass += 1;
      expect(uinCheckDigit(body)).toBe(referenceCheckDigit(body));
    }
    // The cases the old payments copy got wrong are really exercised (about 1 in 11).
    expect(secondPass).toBeGreaterThan(1_000);
  });

  it("every UIN taxes-fines makes (withCheckDigit over GIBDD and FNS bodies) is valid, and a changed digit is caught", () => {
    const random = seededRandom(188);
    for (let i = 0; i < 10_000; i += 1) {
      const prefix = i % 2 === 0 ? '18810177' : '182';
      const uin = withCheckDigit(prefix + digits(random, (i % 4 < 2 ? 19 : 24) - prefix.length));
      expect(uinProblem(uin)).toBeNull();
      const last = Number(uin[uin.length - 1]);
      expect(uinProblem(uin.slice(0, -1) + String((last + 1 + random(9)) % 10))).toBe('UIN_CHECKSUM');
    }
  });

  it("every UIN payments' generator makes is valid and keeps the prefix", () => {
    for (let i = 0; i < 2_000; i += 1) {
      const uin = generateUin('3210');
      expect(uin).toMatch(/^3210\d{16}$/);
      expect(uinProblem(uin)).toBeNull();
    }
    expect(generateUin('3210', () => 0)).toBe(withCheckDigit('3210000000000000000'));
    expect(() => generateUin('32a0')).toThrow(RangeError);
  });
});
