import { describe, expect, it } from 'vitest';
import { createValidator, type FieldProblem } from '../src/components/json-schema-form';
import { FILE_ID, FORM, VALID } from './json-schema-form.fixtures';

const sorted = (problems: FieldProblem[]) => problems.map((p) => `${p.field}:${p.keyword}`).sort();

// The portal's CSP forbids the code Ajv compiles, so the browser runs the interpreter: it must
// judge exactly as Ajv with the server's options does.
const SAMPLES: unknown[] = [
  VALID,
  {},
  { ...VALID, phone: '89161234567', gender: 'Иное', benefits: ['Ветеран', 'Ветеран'], consent: false },
  { ...VALID, birthDate: '2025-02-30', visitAt: '2026-05-01T10:00:00', year: 2014.5, income: -1 },
  { ...VALID, children: [], scans: [{ fileId: 'x', mimeType: 'image/gif' }, { fileId: FILE_ID, mimeType: 'application/pdf' }, { fileId: FILE_ID, mimeType: 'application/pdf' }] },
  { ...VALID, passport: { series: 4510 }, extra: 1, fullName: { lastName: 'Ivanov1', firstName: '' } },
  { ...VALID, email: 'ivan@mail', visitAt: '2026-05-01T10:00:00Z', year: '2020' },
];

describe('the form validator', () => {
  it('accepts valid data', () => {
    expect(createValidator(FORM, 'ajv')(VALID)).toEqual([]);
    expect(createValidator(FORM, 'interpreter')(VALID)).toEqual([]);
  });

  it('names fields the way the server does (required below the object)', () => {
    expect(sorted(createValidator(FORM, 'ajv')({ ...VALID, passport: { series: '45' } }))).toEqual(['passport.divisionCode:required', 'passport.issueDate:required', 'passport.number:required', 'passport.series:pattern']);
  });

  it.each(SAMPLES.map((sample, index) => [index, sample]))('interprets sample %i as Ajv does', (_, sample) => {
    expect(sorted(createValidator(FORM, 'interpreter')(sample))).toEqual(sorted(createValidator(FORM, 'ajv')(sample)));
  });
});
