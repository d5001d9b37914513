import type { IdentityProfile } from '../src/clients/identity-client';
import { prefillForm } from '../src/forms/draft-prefill';
import { FormValidator } from '../src/forms/form-validator';
import { mergePatch } from '../src/forms/merge-patch';

const validator = new FormValidator();

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['fullName', 'passport', 'appointment'],
  additionalProperties: false,
  properties: {
    fullName: {
      type: 'object',
      required: ['lastName', 'firstName'],
      additionalProperties: false,
      properties: { lastName: { type: 'string', pattern: '^[А-ЯЁа-яё-]+$' }, firstName: { type: 'string', pattern: '^[А-ЯЁа-яё-]+$' } },
    },
    passport: {
      type: 'object',
      required: ['series', 'number'],
      properties: { series: { type: 'string', pattern: '^\\d{4}$' }, number: { type: 'string', pattern: '^\\d{6}$' }, divisionCode: { type: 'string', pattern: '^\\d{3}-\\d{3}$' } },
    },
    snils: { type: 'string', pattern: '^\\d{3}-\\d{3}-\\d{3} \\d{2}$' },
    phone: { type: 'string', pattern: '^\\+7\\d{10}$' },
    appointment: { type: 'string', format: 'date-time' },
    children: { type: 'array', items: { type: 'object', required: ['birthDate'], properties: { birthDate: { type: 'string', format: 'date' } } } },
  },
};

describe('FormValidator', () => {
  test('paths of nested objects and array items, codes per keyword', () => {
    const problems = validator.validate(schema, {
      fullName: { lastName: 'Ivanov' },
      passport: { series: '45', number: '123456' },
      appointment: '2026-02-30T10:00:00Z',
      children: [{ birthDate: '2020-01-01' }, { birthDate: '2020-13-01' }, {}],
      unexpected: 1,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'formData.unexpected', code: 'UNKNOWN_FIELD' },
        { field: 'formData.fullName.firstName', code: 'REQUIRED' },
        { field: 'formData.fullName.lastName', code: 'PATTERN_MISMATCH' },
        { field: 'formData.passport.series', code: 'PATTERN_MISMATCH' },
        { field: 'formData.appointment', code: 'INVALID_FORMAT', params: { format: 'date-time' } },
        { field: 'formData.children.1.birthDate', code: 'INVALID_FORMAT', params: { format: 'date' } },
        { field: 'formData.children.2.birthDate', code: 'REQUIRED' },
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  test('valid data has no problems; a wrong type says which', () => {
    expect(validator.validate(schema, { fullName: { lastName: 'Иванов', firstName: 'Иван' }, passport: { series: '4510', number: '123456' }, appointment: '2026-03-02T10:00:00+03:00' })).toEqual([]);
    expect(validator.validate(schema, { fullName: 'Иванов', passport: { series: '4510', number: '123456' }, appointment: '2026-03-02T10:00:00Z' })).toEqual([
      { field: 'formData.fullName', code: 'INVALID_TYPE', params: { type: 'object' } },
    ]);
  });

  test('an email field follows the same rules as registration (issue 10)', () => {
    const withEmail = { type: 'object', properties: { email: { type: 'string', format: 'email', maxLength: 254 } } };
    expect(validator.validate(withEmail, { email: 'ivan@почта.рф' })).toEqual([]);
    for (const email of ['a@b..ru', '.a@b.ru', 'a.@b.ru', 'a@b', 'iv an@mail.ru', 'ivan\u0000@mail.ru']) {
      expect(validator.validate(withEmail, { email })).toEqual([{ field: 'formData.email', code: 'INVALID_FORMAT', params: { format: 'email' } }]);
    }
  });
});

describe('prefillForm', () => {
  const profile: IdentityProfile = {
    lastName: 'Иванов',
    firstName: 'Иван',
    middleName: null,
    birthDate: '1985-04-12',
    email: 'ivan@example.ru',
    phone: '+79990000001',
    documents: {
      snils: '157-236-098 74',
      inn: null,
      passport: { series: '45 10', number: '123456', issueDate: '2005-05-20', issuerCode: '770-001', issuedBy: 'ОВД' },
      driverLicence: null,
    },
  };

  test('only the fields the form has, only values that validate', () => {
    expect(prefillForm(schema, profile, validator)).toEqual({
      fullName: { lastName: 'Иванов', firstName: 'Иван' },
      // "45 10" does not match the series pattern, so only the valid parts are filled.
      passport: { number: '123456', divisionCode: '770-001' },
      snils: '157-236-098 74',
      phone: '+79990000001',
    });
  });
});

describe('mergePatch (RFC 7396)', () => {
  test('merges objects, replaces arrays and scalars, removes with null', () => {
    const target = { a: 1, b: { c: 2, d: 3 }, list: [1, 2], gone: 'x' };
    expect(mergePatch(target, { a: 5, b: { d: null, e: 4 }, list: [3], gone: null, added: { x: 1 } })).toEqual({ a: 5, b: { c: 2, e: 4 }, list: [3], added: { x: 1 } });
    expect(target).toEqual({ a: 1, b: { c: 2, d: 3 }, list: [1, 2], gone: 'x' });
  });
});
