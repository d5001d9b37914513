import {
  FieldProblem,
  VALIDATION_CODES,
  VALIDATION_MESSAGES,
  ValidationCode,
  ageOn,
  formatSnils,
  isValidInn,
  maskBirthCertificate,
  maskDriverLicence,
  maskEmail,
  maskInn,
  maskPassportNumber,
  maskPhone,
  maskSnils,
  normalizeBirthCertificateSeries,
  normalizeDriverLicence,
  normalizePassportSeries,
  normalizePhone,
  normalizeSnils,
  parseBirthCertificate,
  passwordRuleFailures,
  validateBirthCertificate,
  validateBirthDate,
  validateDriverLicence,
  validateEmail,
  validateInn,
  validatePassport,
  validatePassword,
  validatePersonName,
  validatePhone,
  validateSnils,
} from '../src/validation';

// A fixed "now" (local time, like the validators) so date rules are deterministic.
const NOW = new Date(2025, 5, 15, 12, 0, 0); // 2025-06-15 12:00

function codes(problems: FieldProblem[]): ValidationCode[] {
  return problems.map((p) => p.code);
}

/** Replaces one digit with a different one, keeping the length. */
function changeDigit(value: string, index: number): string {
  const next = String((Number(value[index]) + 1) % 10);
  return value.slice(0, index) + next + value.slice(index + 1);
}

describe('messages', () => {
  it.each(VALIDATION_CODES.map((code) => [code]))('%s has Russian and English texts', (code) => {
    const message = VALIDATION_MESSAGES[code];
    expect(message).toBeDefined();
    expect(message.ru).toMatch(/[А-Яа-яЁё]/);
    expect(message.en.trim().length).toBeGreaterThan(0);
    expect(message.en).not.toBe(message.ru);
  });

  it('has no texts for codes that do not exist', () => {
    expect(Object.keys(VALIDATION_MESSAGES).sort()).toEqual([...VALIDATION_CODES].sort());
  });
});

describe('validateEmail', () => {
  it.each(['ivan.petrov@mail.ru', 'i.ivanov+gosuslugi@yandex.ru', 'ivan@почта.рф'])('accepts %s', (email) => {
    expect(validateEmail(email)).toEqual([]);
  });

  it.each(['ivan.petrov', 'ivan@', '@mail.ru', 'ivan petrov@mail.ru', 'ivan@mail', 'ivan..petrov@mail.ru', ' ivan@mail.ru'])(
    'refuses %p',
    (email) => {
      expect(validateEmail(email)).toEqual([{ field: 'email', code: 'INVALID_EMAIL' }]);
    },
  );

  it('requires a value and uses the given field name', () => {
    expect(validateEmail('', 'contact.email')).toEqual([{ field: 'contact.email', code: 'REQUIRED' }]);
    expect(validateEmail(undefined)).toEqual([{ field: 'email', code: 'REQUIRED' }]);
    expect(validateEmail('   ')).toEqual([{ field: 'email', code: 'REQUIRED' }]);
  });
});

describe('phones', () => {
  it.each([
    ['+7 (912) 345-67-89', '+79123456789'],
    ['8 912 345 67 89', '+79123456789'],
    ['89123456789', '+79123456789'],
    ['+79123456789', '+79123456789'],
    ['8-912-345-67-89', '+79123456789'],
    ['+7 (495) 123-45-67', '+74951234567'],
  ])('normalizes %p to %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ['Kazakhstan shares +7', '+7 701 123 45 67'],
    ['too short', '+7 912 345 67 8'],
    ['too long', '+7 912 345 67 890'],
    ['not Russian', '+1 202 555 0123'],
    ['text around the number', 'tel: +7 912 345 67 89'],
    ['letters', 'not a phone'],
    ['an extension', '+7 (912) 345-67-89 ext 5'],
    ['empty', ''],
  ])('normalizePhone returns null for %s', (_label, input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('accepts mobile and landline numbers', () => {
    expect(validatePhone('+7 (912) 345-67-89')).toEqual([]);
    expect(validatePhone('8 (495) 123-45-67')).toEqual([]);
  });

  it('refuses invalid and non-Russian numbers', () => {
    expect(validatePhone('+7 701 123 45 67')).toEqual([{ field: 'phone', code: 'INVALID_PHONE' }]);
    expect(validatePhone('12345', 'contactPhone')).toEqual([{ field: 'contactPhone', code: 'INVALID_PHONE' }]);
  });

  it('refuses toll-free numbers that are not a person’s phone', () => {
    expect(validatePhone('8 (800) 555-35-35')).toEqual([{ field: 'phone', code: 'PHONE_NOT_PERSONAL' }]);
  });

  it('requires a value', () => {
    expect(validatePhone(null)).toEqual([{ field: 'phone', code: 'REQUIRED' }]);
  });
});

describe('validatePersonName', () => {
  it.each(['Салтыков-Щедрин', 'Анна', 'Ёлкин', 'Мария Луиза', "д'Артаньян", 'O’Neil', 'Smith-Jones', 'Я'])(
    'accepts %p',
    (name) => {
      expect(validatePersonName(name, 'lastName', { required: true })).toEqual([]);
    },
  );

  it.each([
    'Анна2',
    'Anna_',
    'Анна  Мария',
    ' Анна',
    'Анна ',
    '-Анна',
    'Анна-',
    'Салтыков--Щедрин',
    'Ивaнов', // Latin "a" inside a Cyrillic name
    'Jürgen',
  ])('refuses %p', (name) => {
    expect(validatePersonName(name, 'lastName', { required: true })).toEqual([
      { field: 'lastName', code: 'INVALID_NAME' },
    ]);
  });

  it('accepts 100 characters and refuses 101', () => {
    expect(validatePersonName('А'.repeat(100), 'firstName', { required: true })).toEqual([]);
    expect(validatePersonName('А'.repeat(101), 'firstName', { required: true })).toEqual([
      { field: 'firstName', code: 'TOO_LONG' },
    ]);
  });

  it('requires a value only when asked to', () => {
    expect(validatePersonName('', 'middleName', { required: true })).toEqual([{ field: 'middleName', code: 'REQUIRED' }]);
    expect(validatePersonName('', 'middleName', { required: false })).toEqual([]);
    expect(validatePersonName(undefined, 'middleName', { required: false })).toEqual([]);
    expect(validatePersonName('Анна2', 'middleName', { required: false })).toEqual([
      { field: 'middleName', code: 'INVALID_NAME' },
    ]);
  });
});

describe('validateBirthDate and ageOn', () => {
  it('accepts a real past date and today', () => {
    expect(validateBirthDate('1990-05-20', undefined, NOW)).toEqual([]);
    expect(validateBirthDate('2025-06-15', undefined, NOW)).toEqual([]);
    expect(validateBirthDate('2024-02-29', undefined, NOW)).toEqual([]);
  });

  it('refuses a date in the future', () => {
    expect(validateBirthDate('2025-06-16', undefined, NOW)).toEqual([{ field: 'birthDate', code: 'DATE_IN_FUTURE' }]);
  });

  it.each(['2023-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10', '1990-5-20', '20.05.1990', 'yesterday'])(
    'refuses %p as not a calendar date',
    (value) => {
      expect(validateBirthDate(value, 'child.birthDate', NOW)).toEqual([{ field: 'child.birthDate', code: 'INVALID_DATE' }]);
    },
  );

  it('refuses dates before 1900-01-01 and accepts that day', () => {
    expect(validateBirthDate('1899-12-31', undefined, NOW)).toEqual([{ field: 'birthDate', code: 'BIRTH_DATE_TOO_EARLY' }]);
    expect(validateBirthDate('1900-01-01', undefined, NOW)).toEqual([]);
  });

  it('checks a minimum age on the birthday boundary', () => {
    expect(validateBirthDate('2011-06-15', undefined, NOW, { minAge: 14 })).toEqual([]);
    expect(validateBirthDate('2011-06-16', undefined, NOW, { minAge: 14 })).toEqual([{ field: 'birthDate', code: 'TOO_YOUNG' }]);
  });

  it('requires a value', () => {
    expect(validateBirthDate('', undefined, NOW)).toEqual([{ field: 'birthDate', code: 'REQUIRED' }]);
  });

  it('counts completed years', () => {
    expect(ageOn('1990-06-15', NOW)).toBe(35);
    expect(ageOn('1990-06-16', NOW)).toBe(34);
    expect(ageOn(new Date(2000, 0, 1), NOW)).toBe(25);
  });

  it('lets someone born on 29 February turn a year older on 28 February of a common year', () => {
    expect(ageOn('2008-02-29', new Date(2022, 1, 27))).toBe(13);
    expect(ageOn('2008-02-29', new Date(2022, 1, 28))).toBe(14);
    expect(ageOn('2008-02-29', new Date(2024, 1, 29))).toBe(16);
  });

  it('throws on a birth date that is not a calendar date', () => {
    expect(() => ageOn('2023-02-30', NOW)).toThrow(RangeError);
    expect(() => ageOn(new Date('not a date'), NOW)).toThrow(RangeError);
  });
});

describe('validatePassword', () => {
  const strong = 'Passw0rd!';

  it('accepts a password meeting every rule, including Cyrillic letters', () => {
    expect(validatePassword(strong)).toEqual([]);
    expect(validatePassword('Пароль#2024')).toEqual([]);
    expect(passwordRuleFailures(strong)).toEqual([]);
  });

  it.each([
    ['MIN_LENGTH', 'Pa0!wor'],
    ['UPPERCASE', 'passw0rd!'],
    ['LOWERCASE', 'PASSW0RD!'],
    ['DIGIT', 'Password!'],
    ['SPECIAL', 'Passw0rdX'],
  ])('reports WEAK_PASSWORD when only the %s rule fails', (rule, password) => {
    expect(passwordRuleFailures(password)).toEqual([rule]);
    expect(validatePassword(password)).toEqual([{ field: 'password', code: 'WEAK_PASSWORD' }]);
  });

  it('accepts exactly 8 and exactly 128 characters', () => {
    expect(validatePassword('Pa0!word')).toEqual([]);
    expect(validatePassword(`Pa0!${'x'.repeat(124)}`)).toEqual([]);
  });

  it('refuses more than 128 characters', () => {
    expect(validatePassword(`Pa0!${'x'.repeat(125)}`, 'newPassword')).toEqual([
      { field: 'newPassword', code: 'PASSWORD_TOO_LONG' },
    ]);
  });

  it('requires a value', () => {
    expect(validatePassword('')).toEqual([{ field: 'password', code: 'REQUIRED' }]);
  });
});

describe('SNILS', () => {
  // Check numbers worked out by hand from the official rule (weights 9..1, mod 101).
  it.each([
    ['112-233-445 95', 'sum 95 < 100'],
    ['123-456-789 64', 'sum 165 → 165 mod 101 = 64'],
    ['141-008-408 00', 'sum exactly 100 → 00'],
    ['205-132-059 00', 'sum exactly 101 → 00'],
    ['952-530-077 00', 'sum 201 → mod 101 = 100 → 00'],
    ['030-214-885 01', 'sum 102 → mod 101 = 1'],
    ['011-650-257 99', 'sum 99'],
    ['001-001-999 65', 'first checked number'],
  ])('accepts %s (%s)', (snils) => {
    expect(validateSnils(snils)).toEqual([]);
  });

  it('accepts the plain 11-digit form', () => {
    expect(validateSnils('11223344595')).toEqual([]);
  });

  it.each(['112-233-445 94', '112-233-445 96', '141-008-408 01', '952-530-077 01', '001-001-999 64'])(
    'refuses a wrong check number in %s',
    (snils) => {
      expect(validateSnils(snils)).toEqual([{ field: 'snils', code: 'SNILS_CHECKSUM' }]);
    },
  );

  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8])('refuses 112-233-445 95 with digit %i changed', (index) => {
    expect(validateSnils(changeDigit('11223344595', index))).toEqual([{ field: 'snils', code: 'SNILS_CHECKSUM' }]);
  });

  it('does not check numbers up to 001-001-998', () => {
    expect(validateSnils('001-001-998 00')).toEqual([]);
    expect(validateSnils('001-001-998 37')).toEqual([]);
    expect(validateSnils('000-000-001 99')).toEqual([]);
  });

  it('checks 001-001-999, the first number above the boundary', () => {
    expect(validateSnils('001-001-999 00')).toEqual([{ field: 'snils', code: 'SNILS_CHECKSUM' }]);
  });

  it.each(['1122334459', '112233445955', '112-233-445-9x', 'ABC-DEF-GHI JK', '000-000-000 00'])('refuses malformed %p', (snils) => {
    expect(validateSnils(snils, 'person.snils')).toEqual([{ field: 'person.snils', code: 'INVALID_SNILS' }]);
  });

  it('requires a value', () => {
    expect(validateSnils('')).toEqual([{ field: 'snils', code: 'REQUIRED' }]);
  });

  it('normalizes and formats', () => {
    expect(normalizeSnils('112-233-445 95')).toBe('11223344595');
    expect(normalizeSnils('11223344595')).toBe('11223344595');
    expect(normalizeSnils('112 233 445 95')).toBe('11223344595');
    expect(normalizeSnils('112-233-445')).toBeNull();
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
    expect(() => formatSnils('123')).toThrow(RangeError);
  });
});

describe('INN', () => {
  // Published INNs: Sberbank, Alfa-Bank, Yandex (organizations) and a valid personal INN.
  const organizations = ['7707083893', '7728168971', '7736207543'];
  const person = '500100732259';

  it.each([...organizations, person])('accepts known-valid %s', (inn) => {
    expect(validateInn(inn)).toEqual([]);
    expect(isValidInn(inn)).toBe(true);
  });

  it.each([...Array(10).keys()])('refuses 7707083893 with digit %i changed', (index) => {
    const changed = changeDigit('7707083893', index);
    expect(validateInn(changed)).toEqual([{ field: 'inn', code: 'INN_CHECKSUM' }]);
    expect(isValidInn(changed)).toBe(false);
  });

  it.each([...Array(12).keys()])('refuses 500100732259 with digit %i changed', (index) => {
    expect(validateInn(changeDigit(person, index))).toEqual([{ field: 'inn', code: 'INN_CHECKSUM' }]);
  });

  it('checks both control digits of a personal INN', () => {
    expect(validateInn('500100732269')).toEqual([{ field: 'inn', code: 'INN_CHECKSUM' }]);
    expect(validateInn('500100732258')).toEqual([{ field: 'inn', code: 'INN_CHECKSUM' }]);
  });

  it('enforces the requested kind', () => {
    expect(validateInn(person, 'inn', { kind: 'PERSON' })).toEqual([]);
    expect(validateInn('7707083893', 'inn', { kind: 'ORGANIZATION' })).toEqual([]);
    expect(validateInn('7707083893', 'inn', { kind: 'PERSON' })).toEqual([{ field: 'inn', code: 'INN_WRONG_KIND' }]);
    expect(validateInn(person, 'employer.inn', { kind: 'ORGANIZATION' })).toEqual([
      { field: 'employer.inn', code: 'INN_WRONG_KIND' },
    ]);
  });

  it.each(['770708389', '77070838931', '7707O83893', '0000000000', '000000000000', '77-07083893'])('refuses malformed %p', (inn) => {
    expect(validateInn(inn)).toEqual([{ field: 'inn', code: 'INVALID_INN' }]);
    expect(isValidInn(inn)).toBe(false);
  });

  it('requires a value', () => {
    expect(validateInn(undefined)).toEqual([{ field: 'inn', code: 'REQUIRED' }]);
    expect(isValidInn('')).toBe(false);
  });
});

describe('validatePassport', () => {
  const valid = {
    series: '45 10',
    number: '123456',
    issueDate: '2014-03-10',
    issuerCode: '770-001',
    issuedBy: 'ОВД района Арбат г. Москвы',
  };
  const birthDate = '2000-03-10';

  it('accepts a valid passport', () => {
    expect(validatePassport(valid, { birthDate, now: NOW })).toEqual([]);
    expect(validatePassport({ ...valid, series: '4510' }, { now: NOW })).toEqual([]);
  });

  it('accepts an issue date on the 14th birthday and refuses the day before', () => {
    expect(validatePassport({ ...valid, issueDate: '2014-03-10' }, { birthDate, now: NOW })).toEqual([]);
    expect(validatePassport({ ...valid, issueDate: '2014-03-09' }, { birthDate, now: NOW })).toEqual([
      { field: 'passport.issueDate', code: 'ISSUED_BEFORE_AGE_14' },
    ]);
  });

  it('uses 28 February as the 14th birthday of someone born on 29 February', () => {
    const leapBirth = '2008-02-29';
    expect(validatePassport({ ...valid, issueDate: '2022-02-28' }, { birthDate: leapBirth, now: NOW })).toEqual([]);
    expect(validatePassport({ ...valid, issueDate: '2022-02-27' }, { birthDate: leapBirth, now: NOW })).toEqual([
      { field: 'passport.issueDate', code: 'ISSUED_BEFORE_AGE_14' },
    ]);
  });

  it('refuses an issue date before birth', () => {
    expect(validatePassport({ ...valid, issueDate: '1999-01-01' }, { birthDate, now: NOW })).toEqual([
      { field: 'passport.issueDate', code: 'ISSUE_DATE_BEFORE_BIRTH' },
    ]);
  });

  it('skips the age check without a usable birth date', () => {
    expect(validatePassport({ ...valid, issueDate: '2014-03-09' }, { now: NOW })).toEqual([]);
    expect(validatePassport({ ...valid, issueDate: '2014-03-09' }, { birthDate: '2000-02-30', now: NOW })).toEqual([]);
  });

  it('refuses a future issue date and accepts today', () => {
    expect(validatePassport({ ...valid, issueDate: '2025-06-16' }, { now: NOW })).toEqual([
      { field: 'passport.issueDate', code: 'DATE_IN_FUTURE' },
    ]);
    expect(validatePassport({ ...valid, issueDate: '2025-06-15' }, { now: NOW })).toEqual([]);
  });

  it('refuses issue dates before new-style passports existed', () => {
    expect(validatePassport({ ...valid, issueDate: '1997-09-30' }, { now: NOW })).toEqual([
      { field: 'passport.issueDate', code: 'PASSPORT_ISSUE_DATE_TOO_EARLY' },
    ]);
    expect(validatePassport({ ...valid, issueDate: '1997-10-01' }, { now: NOW })).toEqual([]);
  });

  it('refuses an impossible issue date', () => {
    expect(validatePassport({ ...valid, issueDate: '2015-02-29' }, { now: NOW })).toEqual([
      { field: 'passport.issueDate', code: 'INVALID_DATE' },
    ]);
  });

  it.each(['451', '45100', '45 1O', '0010', '00 10'])('refuses series %p', (series) => {
    expect(validatePassport({ ...valid, series }, { now: NOW })).toEqual([
      { field: 'passport.series', code: 'INVALID_PASSPORT_SERIES' },
    ]);
  });

  it.each(['12345', '1234567', '12345a'])('refuses number %p', (number) => {
    expect(validatePassport({ ...valid, number }, { now: NOW })).toEqual([
      { field: 'passport.number', code: 'INVALID_PASSPORT_NUMBER' },
    ]);
  });

  it.each(['770001', '770 001', '77-0001', '770-0011', 'abc-def', '770—001'])('refuses issuer code %p', (issuerCode) => {
    expect(validatePassport({ ...valid, issuerCode }, { now: NOW })).toEqual([
      { field: 'passport.issuerCode', code: 'INVALID_ISSUER_CODE' },
    ]);
  });

  it('limits issuedBy to 200 characters', () => {
    expect(validatePassport({ ...valid, issuedBy: 'О'.repeat(200) }, { now: NOW })).toEqual([]);
    expect(validatePassport({ ...valid, issuedBy: 'О'.repeat(201) }, { now: NOW })).toEqual([
      { field: 'passport.issuedBy', code: 'TOO_LONG' },
    ]);
  });

  it('reports every missing field under the given prefix', () => {
    const empty = { series: '', number: null, issueDate: undefined, issuerCode: ' ', issuedBy: '' };
    expect(validatePassport(empty, { now: NOW }, 'applicant.passport')).toEqual([
      { field: 'applicant.passport.series', code: 'REQUIRED' },
      { field: 'applicant.passport.number', code: 'REQUIRED' },
      { field: 'applicant.passport.issueDate', code: 'REQUIRED' },
      { field: 'applicant.passport.issuerCode', code: 'REQUIRED' },
      { field: 'applicant.passport.issuedBy', code: 'REQUIRED' },
    ]);
  });

  it('normalizes the series', () => {
    expect(normalizePassportSeries('45 10')).toBe('4510');
    expect(normalizePassportSeries('4510')).toBe('4510');
    expect(normalizePassportSeries('45 1')).toBeNull();
  });
});

describe('validateDriverLicence', () => {
  const valid = { number: '99 99 123456', issueDate: '2020-04-01', expiryDate: '2030-04-01', categories: ['B', 'C1E'] };

  it('accepts a valid licence with or without spaces', () => {
    expect(validateDriverLicence(valid, { now: NOW })).toEqual([]);
    expect(validateDriverLicence({ ...valid, number: '9999123456' }, { now: NOW })).toEqual([]);
  });

  it('accepts every listed category', () => {
    const all = ['A', 'A1', 'B', 'B1', 'BE', 'C', 'C1', 'CE', 'C1E', 'D', 'D1', 'DE', 'D1E', 'M', 'Tm', 'Tb'];
    expect(validateDriverLicence({ ...valid, categories: all }, { now: NOW })).toEqual([]);
  });

  it('reports each unknown category by index', () => {
    expect(validateDriverLicence({ ...valid, categories: ['B', 'E', 'TM'] }, { now: NOW })).toEqual([
      { field: 'driverLicence.categories.1', code: 'INVALID_LICENCE_CATEGORY' },
      { field: 'driverLicence.categories.2', code: 'INVALID_LICENCE_CATEGORY' },
    ]);
  });

  it('requires at least one category', () => {
    expect(validateDriverLicence({ ...valid, categories: [] }, { now: NOW })).toEqual([
      { field: 'driverLicence.categories', code: 'REQUIRED' },
    ]);
  });

  it.each(['99 99 12345', '99 99 1234567', '99 АВ 123456', '99-99-123456'])('refuses number %p', (number) => {
    expect(validateDriverLicence({ ...valid, number }, { now: NOW })).toEqual([
      { field: 'driverLicence.number', code: 'INVALID_DRIVER_LICENCE' },
    ]);
  });

  it('refuses an expiry on or before the issue date', () => {
    for (const expiryDate of ['2020-04-01', '2020-03-31']) {
      expect(validateDriverLicence({ ...valid, expiryDate }, { now: NOW })).toEqual([
        { field: 'driverLicence.expiryDate', code: 'EXPIRY_BEFORE_ISSUE' },
      ]);
    }
  });

  it('accepts an expiry up to 10 years after issue and refuses a later one', () => {
    expect(validateDriverLicence({ ...valid, expiryDate: '2027-01-15' }, { now: NOW })).toEqual([]);
    expect(validateDriverLicence({ ...valid, expiryDate: '2030-04-02' }, { now: NOW })).toEqual([
      { field: 'driverLicence.expiryDate', code: 'EXPIRY_TOO_LATE' },
    ]);
  });

  it('refuses a future issue date and impossible dates', () => {
    expect(validateDriverLicence({ ...valid, issueDate: '2025-06-16', expiryDate: '2035-06-16' }, { now: NOW })).toEqual([
      { field: 'driverLicence.issueDate', code: 'DATE_IN_FUTURE' },
    ]);
    expect(validateDriverLicence({ ...valid, expiryDate: '2030-02-30' }, { now: NOW }, 'licence')).toEqual([
      { field: 'licence.expiryDate', code: 'INVALID_DATE' },
    ]);
  });

  it('normalizes the number', () => {
    expect(normalizeDriverLicence('99 99 123456')).toBe('9999123456');
    expect(normalizeDriverLicence('9999 123456')).toBe('9999123456');
    expect(normalizeDriverLicence('99 99 12345')).toBeNull();
  });
});

describe('birth certificates', () => {
  const valid = { series: 'IV-МЮ', number: '123456', issueDate: '2020-05-20' };

  it('accepts a valid certificate', () => {
    expect(validateBirthCertificate(valid, { childBirthDate: '2020-05-10', now: NOW }, 'child.birthCertificate')).toEqual([]);
  });

  it.each([
    ['IV-МЮ', 'IV-МЮ'],
    ['iv-мю', 'IV-МЮ'],
    ['IV-MЮ', 'IV-МЮ'], // Latin M
    ['ІV-МЮ', 'IV-МЮ'], // Cyrillic І
    ['XIV – AB', 'XIV-АВ'], // en dash, Latin lookalikes
    ['ХС-ЕК', 'XC-ЕК'], // Cyrillic Х and С in the numeral
    ['IV МЮ', 'IV-МЮ'],
  ])('normalizes %p to %p', (input, expected) => {
    expect(normalizeBirthCertificateSeries(input)).toBe(expected);
  });

  it.each(['IIII-МЮ', 'VX-МЮ', 'IV-М', 'IV-МЮЯ', 'IV-QW', '4-МЮ', 'IV-12', ''])('refuses series %p', (series) => {
    expect(normalizeBirthCertificateSeries(series)).toBeNull();
  });

  it('parses the full "series number" form', () => {
    expect(parseBirthCertificate('IV-МЮ 123456')).toEqual({ series: 'IV-МЮ', number: '123456' });
    expect(parseBirthCertificate('iv-mю №123456')).toEqual({ series: 'IV-МЮ', number: '123456' });
    expect(parseBirthCertificate('IV-МЮ 12345')).toBeNull();
  });

  it('refuses a bad series and number', () => {
    expect(validateBirthCertificate({ ...valid, series: 'IIII-МЮ', number: '12345' }, { now: NOW }, 'bc')).toEqual([
      { field: 'bc.series', code: 'INVALID_BIRTH_CERTIFICATE_SERIES' },
      { field: 'bc.number', code: 'INVALID_BIRTH_CERTIFICATE_NUMBER' },
    ]);
  });

  it('refuses an issue date before the child’s birth and accepts the birth day', () => {
    expect(validateBirthCertificate(valid, { childBirthDate: '2020-05-21', now: NOW }, 'bc')).toEqual([
      { field: 'bc.issueDate', code: 'ISSUE_DATE_BEFORE_BIRTH' },
    ]);
    expect(validateBirthCertificate(valid, { childBirthDate: '2020-05-20', now: NOW }, 'bc')).toEqual([]);
  });

  it('refuses a future issue date', () => {
    expect(validateBirthCertificate({ ...valid, issueDate: '2025-06-16' }, { now: NOW }, 'bc')).toEqual([
      { field: 'bc.issueDate', code: 'DATE_IN_FUTURE' },
    ]);
  });
});

describe('masking', () => {
  it('masks SNILS', () => {
    expect(maskSnils('11223344595')).toBe('***-***-445 95');
    expect(maskSnils('112-233-445 95')).toBe('***-***-445 95');
    expect(maskSnils('1122334459')).toBe('***-***-*** **');
  });

  it('masks INN to the last 4 digits', () => {
    expect(maskInn('500100732259')).toBe('********2259');
    expect(maskInn('7707083893')).toBe('******3893');
    expect(maskInn('77070838')).toBe('************');
  });

  it('masks a passport to the region and the last 2 digits of the number', () => {
    expect(maskPassportNumber('4510', '123489')).toBe('45** ****89');
    expect(maskPassportNumber('45 10', '123489')).toBe('45** ****89');
    expect(maskPassportNumber('4510', '12348')).toBe('**** ******');
  });

  it('masks a driver licence to the last 4 digits', () => {
    expect(maskDriverLicence('99 99 123456')).toBe('** ** **3456');
    expect(maskDriverLicence('99 99 12345')).toBe('** ** ******');
  });

  it('masks email to the first and last character of the local part', () => {
    expect(maskEmail('ivan.petrov@mail.ru')).toBe('i***v@mail.ru');
    expect(maskEmail('abc@mail.ru')).toBe('a***c@mail.ru');
    expect(maskEmail('ab@mail.ru')).toBe('***@mail.ru');
    expect(maskEmail('a@mail.ru')).toBe('***@mail.ru');
    expect(maskEmail('not-an-email')).toBe('***');
  });

  it('masks a phone to the code and the last 2 digits', () => {
    expect(maskPhone('+79123456789')).toBe('+7 912 ***-**-89');
    expect(maskPhone('8 912 345 67 89')).toBe('+7 912 ***-**-89');
    expect(maskPhone('12345')).toBe('+7 *** ***-**-**');
  });

  it('masks a birth certificate to the last 3 digits', () => {
    expect(maskBirthCertificate('123456')).toBe('***456');
    expect(maskBirthCertificate('IV-МЮ 123456')).toBe('***456');
    expect(maskBirthCertificate('1234567')).toBe('******');
  });

  it.each([
    ['SNILS', maskSnils('11223344595'), '11223344595', 5],
    ['INN', maskInn('500100732259'), '500100732259', 4],
    ['passport', maskPassportNumber('4510', '123489'), '4510123489', 4],
    ['driver licence', maskDriverLicence('9999123456'), '9999123456', 4],
    ['phone', maskPhone('+79123456789'), '79123456789', 6],
    ['birth certificate', maskBirthCertificate('IV-МЮ 123456'), '123456', 3],
  ])('never reveals more digits than stated for %s', (_label, masked, _original, allowedDigits) => {
    expect(masked.replace(/\D/g, '').length).toBe(allowedDigits);
  });
});
