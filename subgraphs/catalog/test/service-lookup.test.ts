import { seedDemoData } from '../src/seed';
import { SERVICES } from '../src/seed-data';
import { errorCodes, execute } from './support/execute';
import { createTestDatabase, silentLogger, type TestDatabase } from './support/test-database';

let db: TestDatabase;
const seed = SERVICES.find((service) => service.departmentCode === 'MVD') ?? SERVICES[0];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma, silentLogger);
});

afterAll(async () => {
  await db?.drop();
});

type ServiceData = { service: { id: string; code: string; title: string } | null };
const SERVICE_QUERY = /* GraphQL */ `
  query Service($id: ID, $code: String) { service(id: $id, code: $code) { id code title } }
`;

describe('service(id | code)', () => {
  test('finds a service by code and by id', async () => {
    const byCode = await execute<ServiceData>(db.services, SERVICE_QUERY, { variables: { code: seed.code } });
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data!.service).toMatchObject({ code: seed.code, title: seed.title.ru });
    const byId = await execute<ServiceData>(db.services, SERVICE_QUERY, { variables: { id: byCode.data!.service!.id } });
    expect(byId.data!.service).toMatchObject({ code: seed.code });
  });

  test('unknown id or code gives null', async () => {
    for (const variables of [{ id: '00000000-0000-4000-8000-000000000000' }, { id: 'not-a-uuid' }, { code: 'no-such' }]) {
      const result = await execute<ServiceData>(db.services, SERVICE_QUERY, { variables });
      expect(result.errors).toBeUndefined();
      expect(result.data!.service).toBeNull();
    }
  });

  test('both or neither of id and code is BAD_USER_INPUT', async () => {
    const both = await execute(db.services, SERVICE_QUERY, { variables: { id: 'x', code: seed.code } });
    expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
    const neither = await execute(db.services, SERVICE_QUERY, { locale: 'en' });
    expect(errorCodes(neither)).toEqual(['BAD_USER_INPUT']);
    expect(neither.errors![0].message).toBe('Give exactly one of id or code');
  });
});

describe('localized texts', () => {
  const query = /* GraphQL */ `
    query Localized($code: String!) {
      service(code: $code) {
        title titleRu titleEn description subcategory requiredDocuments
        ru: title(locale: RU) en: title(locale: EN)
        department { name shortName } regions { name federalDistrict }
      }
    }
  `;
  type Localized = {
    service: Record<string, unknown> & { department: { name: string }; requiredDocuments: string[] };
  };

  test('the request locale decides by default', async () => {
    const ru = await execute<Localized>(db.services, query, { variables: { code: seed.code }, locale: 'ru' });
    expect(ru.data!.service).toMatchObject({
      title: seed.title.ru,
      description: seed.description.ru,
      subcategory: seed.subcategory.ru,
      requiredDocuments: seed.requiredDocuments.map((document) => document.ru),
    });
    const en = await execute<Localized>(db.services, query, { variables: { code: seed.code }, locale: 'en' });
    expect(en.data!.service).toMatchObject({
      title: seed.title.en,
      description: seed.description.en,
      subcategory: seed.subcategory.en,
      titleRu: seed.title.ru,
      requiredDocuments: seed.requiredDocuments.map((document) => document.en),
    });
    expect(en.data!.service.department.name).not.toBe(ru.data!.service.department.name);
  });

  test('an explicit locale argument wins over the request locale', async () => {
    const result = await execute<Localized>(db.services, query, { variables: { code: seed.code }, locale: 'en' });
    expect(result.data!.service).toMatchObject({ ru: seed.title.ru, en: seed.title.en });
  });
});

describe('departments and regions', () => {
  test('departments, department(id) and regions', async () => {
    const result = await execute<{
      departments: { id: string; code: string }[];
      department: { id: string; code: string; services: { totalCount: number; edges: unknown[] } };
      missing: null;
      regions: { id: string; code: string; name: string }[];
    }>(
      db.services,
      /* GraphQL */ `{
        departments { id code }
        department(id: "MVD") { id code services(first: 2) { totalCount edges { node { code } } } }
        missing: department(id: "NOPE") { id }
        regions { id code name }
      }`,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.departments.every((department) => department.id === department.code)).toBe(true);
    expect(data.department.services.totalCount).toBe(SERVICES.filter((s) => s.departmentCode === 'MVD').length);
    expect(data.department.services.edges).toHaveLength(2);
    expect(data.missing).toBeNull();
    expect(data.regions).toHaveLength(89);
    expect(data.regions.find((region) => region.code === '77')).toMatchObject({ id: '77', name: 'Москва' });
  });
});
