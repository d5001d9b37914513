import { describe, expect, it } from 'vitest';
import { createValidator, type FieldProblem, type JsonSchema } from '../src/components/json-schema-form';
import { FILE_ID, FORM, VALID } from './json-schema-form.fixtures';
import { serverVerdict, clientVerdict } from './json-schema-form.server';

const sorted = (problems: FieldProblem[]) => problems.map((p) => `${p.field}:${p.keyword}`).sort();
const validate = (data: unknown, schema: JsonSchema = FORM) => createValidator(schema)(data);

describe('the form validator (@cfworker/json-schema, no compiled code)', () => {
  it('accepts valid data', () => {
    expect(validate(VALID)).toEqual([]);
  });

  it('names required fields below their object, as the server does', () => {
    expect(sorted(validate({ ...VALID, passport: { series: '45' } }))).toEqual(['passport.divisionCode:required', 'passport.issueDate:required', 'passport.number:required', 'passport.series:pattern']);
    expect(sorted(validate({}))).toEqual(['benefits', 'birthDate', 'children', 'consent', 'delivery', 'fullName', 'gender', 'passport', 'phone', 'photo', 'scans'].map((f) => `${f}:required`));
  });

  it('checks every field kind the catalog uses, with the limits the messages need', () => {
    const problems = validate({
      ...VALID,
      fullName: { lastName: 'Ivanov1', firstName: 'И'.repeat(101) },
      gender: 'Иное',
      benefits: ['Ветеран', 'Ветеран'],
      birthDate: '2025-02-30',
      visitAt: '2026-05-01T10:00:00',
      email: 'ivan@mail',
      income: -1,
      year: 2014.5,
      married: 'да',
      children: [],
      scans: [{ fileId: 'x', mimeType: 'image/gif' }, { fileId: FILE_ID, mimeType: 'application/pdf' }, { fileId: FILE_ID, mimeType: 'application/pdf' }],
      consent: false,
      extra: 1,
    });
    const byField = Object.fromEntries(problems.map((p) => [`${p.field}:${p.keyword}`, p.params]));
    expect(byField).toMatchObject({
      'fullName.lastName:pattern': {},
      'fullName.firstName:maxLength': { limit: 100 },
      'gender:enum': { allowedValues: ['Мужской', 'Женский'] },
      'benefits:uniqueItems': {},
      'birthDate:format': { format: 'date' },
      'visitAt:format': { format: 'date-time' },
      'email:format': { format: 'email' },
      'income:minimum': { limit: 0 },
      'year:type': { type: 'integer' },
      'married:type': { type: 'boolean' },
      'children:minItems': { limit: 1 },
      'scans:maxItems': { limit: 2 },
      'scans.0.fileId:pattern': {},
      'scans.0.mimeType:enum': {},
      'consent:const': { allowedValue: true },
      'extra:additionalProperties': { additionalProperty: 'extra' },
    });
    expect(problems).toHaveLength(Object.keys(byField).length);
  });

  it('accepts what the server accepts at the edges: 29 February of a leap year, an offset, Cyrillic names', () => {
    expect(validate({ ...VALID, birthDate: '2020-02-29', visitAt: '2026-05-01T10:00:00+03:00', fullName: { lastName: "Д'Артаньян-Петров", firstName: 'Ёжик' } })).toEqual([]);
    expect(sorted(validate({ ...VALID, birthDate: '2021-02-29' }))).toEqual(['birthDate:format']);
  });

  it('works on a string that is not an object at all', () => {
    expect(sorted(validate('заявление'))).toEqual([':type']);
  });
});

// The same inputs through both: the server's FormValidator (Ajv, compiled) and the portal's validator.
const SAMPLES: [string, unknown][] = [
  ['valid', VALID],
  ['empty', {}],
  ['wrong values', { ...VALID, phone: '89161234567', gender: 'Иное', benefits: ['Ветеран', 'Ветеран'], consent: false }],
  ['bad dates and numbers', { ...VALID, birthDate: '2025-02-30', visitAt: '2026-05-01T10:00:00', year: 2014.5, income: -1 }],
  ['files', { ...VALID, children: [], scans: [{ fileId: 'x', mimeType: 'image/gif' }, { fileId: FILE_ID, mimeType: 'application/pdf' }, { fileId: FILE_ID, mimeType: 'application/pdf' }] }],
  ['types and extras', { ...VALID, passport: { series: 4510 }, extra: 1, fullName: { lastName: 'Ivanov1', firstName: '' } }],
  ['email, time, year as text', { ...VALID, email: 'ivan@mail', visitAt: '2026-05-01T10:00:00Z', year: '2020' }],
];

describe('client and server judge forms alike', () => {
  it.each(SAMPLES)('the fixture form: %s', (_, sample) => {
    expect(clientVerdict(FORM, sample)).toEqual(serverVerdict(FORM, sample));
  });
});
