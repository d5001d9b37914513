import type { IdentityProfile } from '../src/clients/identity-client';
import { prefillForm } from '../src/forms/draft-prefill';
import { FormValidator } from '../src/forms/form-validator';

/* prefillForm over form fragments shaped as the catalog builds them (catalog/src/seed-data/form-fields.ts). */

const validator = new FormValidator();

const text = { type: 'string', minLength: 1, maxLength: 200 };
const pattern = (p: string) => ({ type: 'string', pattern: p });
const date = { type: 'string', format: 'date' };
const name = { type: 'object', properties: { lastName: pattern('^[А-ЯЁа-яё-]+$'), firstName: pattern('^[А-ЯЁа-яё-]+$'), middleName: pattern('^[А-ЯЁа-яё-]+$') } };
const passport = {
  type: 'object',
  properties: { series: pattern('^\\d{4}$'), number: pattern('^\\d{6}$'), issueDate: date, issuedBy: text, divisionCode: pattern('^\\d{3}-\\d{3}$') },
};
const snils = pattern('^\\d{3}-\\d{3}-\\d{3} \\d{2}$');
const licenceNumber = pattern('^\\d{10}$');
const form = (properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, properties });

const profile: IdentityProfile = {
  lastName: 'Иванов',
  firstName: 'Иван',
  middleName: 'Иванович',
  birthDate: '1985-04-12',
  email: 'ivan@example.ru',
  phone: '+79990000001',
  documents: {
    snils: '157-236-098 74',
    inn: '500100732259',
    passport: { series: '4510', number: '123456', issueDate: '2005-05-20', issuerCode: '770-001', issuedBy: 'ОВД района Арбат' },
    driverLicence: { number: '99 21 345678', issueDate: '2021-06-01', expiryDate: '2031-06-01', categories: ['B'] },
  },
};
const fullName = { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' };
const fullPassport = { series: '4510', number: '123456', issueDate: '2005-05-20', issuedBy: 'ОВД района Арбат', divisionCode: '770-001' };

describe('prefillForm: every field the profile can fill, by the names the forms use', () => {
  test('a bare series and number (the passport validity check) are the passport; a lone "number" is not', () => {
    expect(prefillForm(form({ series: pattern('^\\d{4}$'), number: pattern('^\\d{6}$') }), profile, validator)).toEqual({ series: '4510', number: '123456' });
    expect(prefillForm(form({ number: pattern('^\\d{6}$') }), profile, validator)).toEqual({});
  });

  test("the applicant's name under each name the forms give them, and nobody else's", () => {
    const applicantNames = ['fullName', 'applicant', 'applicantFullName', 'currentFullName', 'previousFullName', 'owner', 'parent', 'representative', 'hostFullName'];
    const otherPeople = ['ownerFullName', 'parentFullName', 'personFullName', 'childFullName', 'newFullName', 'deceasedFullName', 'studentFullName', 'recipient'];
    const schema = form(Object.fromEntries([...applicantNames, ...otherPeople].map((field) => [field, name])));
    expect(prefillForm(schema, profile, validator)).toEqual(Object.fromEntries(applicantNames.map((field) => [field, fullName])));
  });

  test('an applicant described with nested name, birth date, SNILS and passport (municipal and ZAGS forms)', () => {
    const applicant = { type: 'object', properties: { fullName: name, birthDate: date, birthPlace: text, passport, snils, citizenship: pattern('^\\d{3}$') } };
    expect(prefillForm(form({ applicant }), profile, validator)).toEqual({
      applicant: { fullName, birthDate: '1985-04-12', passport: fullPassport, snils: '157-236-098 74' },
    });
  });

  test('contacts, birth date, SNILS, INN and passports under their form names', () => {
    const schema = form({
      birthDate: date,
      email: { type: 'string', format: 'email', maxLength: 254 },
      phone: pattern('^\\+7\\d{10}$'),
      parentPhone: pattern('^\\+7\\d{10}$'),
      snils,
      applicantSnils: snils,
      parentSnils: snils,
      caregiverSnils: snils,
      deceasedSnils: snils,
      inn: pattern('^\\d{12}$'),
      employerInn: pattern('^\\d{10}$'),
      passport,
      currentPassport: passport,
      hostPassport: passport,
      representativePassport: passport,
      creditorPassport: passport,
      passportSeries: pattern('^\\d{4}$'),
      passportNumber: pattern('^\\d{6}$'),
      lostPassportSeries: pattern('^\\d{4}$'),
      lostPassportNumber: pattern('^\\d{6}$'),
    });
    expect(prefillForm(schema, profile, validator)).toEqual({
      birthDate: '1985-04-12',
      email: 'ivan@example.ru',
      phone: '+79990000001',
      parentPhone: '+79990000001',
      snils: '157-236-098 74',
      applicantSnils: '157-236-098 74',
      parentSnils: '157-236-098 74',
      caregiverSnils: '157-236-098 74',
      inn: '500100732259',
      passport: fullPassport,
      currentPassport: fullPassport,
      hostPassport: fullPassport,
      representativePassport: fullPassport,
      creditorPassport: fullPassport,
      passportSeries: '4510',
      passportNumber: '123456',
      lostPassportSeries: '4510',
      lostPassportNumber: '123456',
    });
  });

  test('the driver licence as the forms write it: ten digits, and its issue date', () => {
    const schema = form({
      driverLicenceNumber: licenceNumber,
      currentLicenceNumber: licenceNumber,
      nationalLicenceNumber: licenceNumber,
      lostLicenceNumber: licenceNumber,
      currentLicenceIssueDate: date,
      nationalLicenceIssueDate: date,
      foreignLicenceNumber: text,
    });
    expect(prefillForm(schema, profile, validator)).toEqual({
      driverLicenceNumber: '9921345678',
      currentLicenceNumber: '9921345678',
      nationalLicenceNumber: '9921345678',
      lostLicenceNumber: '9921345678',
      currentLicenceIssueDate: '2021-06-01',
      nationalLicenceIssueDate: '2021-06-01',
    });
  });

  test("a form about a newborn keeps its birth date for the child's", () => {
    expect(prefillForm(form({ childFullName: name, birthDate: date, mother: { type: 'object', properties: { fullName: name } } }), profile, validator)).toEqual({});
  });

  test('without documents, the profile alone; nothing invented', () => {
    const bare: IdentityProfile = { ...profile, middleName: null, documents: null };
    const schema = form({ fullName: name, passport, series: pattern('^\\d{4}$'), number: pattern('^\\d{6}$'), snils, phone: pattern('^\\+7\\d{10}$') });
    expect(prefillForm(schema, bare, validator)).toEqual({ fullName: { lastName: 'Иванов', firstName: 'Иван' }, phone: '+79990000001' });
  });
});
