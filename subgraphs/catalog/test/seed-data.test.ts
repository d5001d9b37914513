import Ajv, { type ValidateFunction } from 'ajv';
import { DEPARTMENTS, REGIONS, SERVICES } from '../src/seed-data';
import type { GovernmentLevel, ServiceCategory } from '../src/seed-data';

// ajv-formats is not a dependency of this workspace, so the four formats the
// seed schemas may use are registered here with deliberately simple checks.
function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  return ajv;
}

function compileOrExplain(ajv: Ajv, code: string, schema: Record<string, unknown>): ValidateFunction {
  try {
    return ajv.compile(schema);
  } catch (error) {
    throw new Error(`${code}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function titlesContaining(fragment: string, lang: 'ru' | 'en'): string[] {
  const needle = fragment.toLowerCase();
  return SERVICES.filter((s) => s.title[lang].toLowerCase().includes(needle)).map((s) => s.code);
}

describe('catalog seed data', () => {
  const departmentCodes = new Set(DEPARTMENTS.map((d) => d.code));
  const regionCodes = new Set(REGIONS.map((r) => r.code));

  it('has at least 150 services with unique kebab-case codes', () => {
    expect(SERVICES.length).toBeGreaterThanOrEqual(150);
    const codes = SERVICES.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('references only existing departments', () => {
    const unknown = SERVICES.filter((s) => !departmentCodes.has(s.departmentCode)).map((s) => s.code);
    expect(unknown).toEqual([]);
  });

  it('references only existing regions', () => {
    const unknown = SERVICES.flatMap((s) => s.regionCodes.filter((code) => !regionCodes.has(code)).map((code) => `${s.code}:${code}`));
    expect(unknown).toEqual([]);
  });

  it('lists exactly 89 regions with unique two-digit codes', () => {
    expect(REGIONS).toHaveLength(89);
    expect(regionCodes.size).toBe(89);
    for (const region of REGIONS) {
      expect(region.code).toMatch(/^\d{2}$/);
      expect(region.name.ru.length).toBeGreaterThan(0);
      expect(region.name.en.length).toBeGreaterThan(0);
      expect(region.federalDistrict.ru).toMatch(/федеральный округ$/);
    }
    for (const code of ['01', '75', '77', '78', '79', '83', '86', '87', '89', '90', '91', '92', '93', '94', '95']) {
      expect(regionCodes.has(code)).toBe(true);
    }
  });

  it('has unique UPPER_SNAKE department codes, each with at least one service', () => {
    expect(departmentCodes.size).toBe(DEPARTMENTS.length);
    const used = new Set(SERVICES.map((s) => s.departmentCode));
    for (const department of DEPARTMENTS) {
      expect(department.code).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(used.has(department.code)).toBe(true);
    }
  });

  it('has integer non-negative fees, positive processing days and bounded popularity', () => {
    for (const service of SERVICES) {
      expect(Number.isInteger(service.feeKopecks) && service.feeKopecks >= 0).toBe(true);
      expect(Number.isInteger(service.processingDays) && service.processingDays > 0).toBe(true);
      expect(service.popularity).toBeGreaterThanOrEqual(0);
      expect(service.popularity).toBeLessThanOrEqual(100000);
    }
  });

  it('covers every category and government level', () => {
    const categories: ServiceCategory[] = ['INFORMATIONAL', 'TRANSACTIONAL', 'CONSULTATIVE', 'DOCUMENT', 'ELECTRONIC'];
    const levels: GovernmentLevel[] = ['FEDERAL', 'REGIONAL', 'MUNICIPAL'];
    for (const category of categories) {
      expect(SERVICES.some((s) => s.category === category)).toBe(true);
    }
    for (const level of levels) {
      expect(SERVICES.some((s) => s.level === level)).toBe(true);
    }
    expect(SERVICES.some((s) => s.level !== 'FEDERAL' && s.regionCodes.length > 0)).toBe(true);
  });

  it('compiles every form schema in strict mode and rejects an empty submission', () => {
    const ajv = createAjv();
    for (const service of SERVICES) {
      expect(service.formSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(service.formSchema.type).toBe('object');
      const validate = compileOrExplain(ajv, service.code, service.formSchema);
      const required = service.formSchema.required;
      if (Array.isArray(required) && required.length > 0) {
        expect({ code: service.code, valid: validate({}) }).toEqual({ code: service.code, valid: false });
      }
    }
  });

  it('accepts a realistic passport-replacement application', () => {
    const service = SERVICES.find((s) => s.code === 'mvd-internal-passport-replacement-20-45');
    expect(service).toBeDefined();
    const validate = createAjv().compile(service?.formSchema ?? {});
    const application = {
      reason: 'Достижение 45 лет',
      fullName: { lastName: 'Иванова', firstName: 'Мария', middleName: 'Петровна' },
      gender: 'Женский',
      birthDate: '1980-03-14',
      birthPlace: 'г. Казань',
      currentPassport: { series: '9205', number: '123456', issueDate: '2000-04-01', divisionCode: '162-003' },
      registrationAddress: { regionCode: '16', postalCode: '420111', locality: 'Казань', street: 'ул. Баумана', house: '5' },
      photo: { fileId: '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b', mimeType: 'image/jpeg' },
      pickupUnitCode: '160-005',
      consent: true,
    };
    expect(validate(application)).toBe(true);
    expect(validate({ ...application, pickupUnitCode: '160005' })).toBe(false);
  });

  it('finds services for the queries citizens type most', () => {
    expect(titlesContaining('паспорт', 'ru').length).toBeGreaterThanOrEqual(5);
    expect(titlesContaining('водительск', 'ru').length).toBeGreaterThanOrEqual(3);
    expect(titlesContaining('водительское удостоверение', 'ru').length).toBeGreaterThanOrEqual(3);
    for (const query of ['штраф', 'налог', 'пенсия', 'детский сад']) {
      expect({ query, found: titlesContaining(query, 'ru').length > 0 }).toEqual({ query, found: true });
    }
    for (const query of ['passport', 'driver licence', 'fine', 'tax', 'kindergarten']) {
      expect({ query, found: titlesContaining(query, 'en').length > 0 }).toEqual({ query, found: true });
    }
  });
});
