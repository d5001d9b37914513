import { seedDemoData } from '../src/seed';
import { findInvalidFormSchemas } from '../src/seed/form-schema-validator';
import { DEPARTMENTS, REGIONS, SERVICES } from '../src/seed-data';
import { createTestDatabase, silentLogger, type TestDatabase } from './support/test-database';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

async function rowCounts() {
  const [departments, regions, services, serviceRegions] = await Promise.all([
    db.prisma.department.count(),
    db.prisma.region.count(),
    db.prisma.service.count(),
    db.prisma.serviceRegion.count(),
  ]);
  return { departments, regions, services, serviceRegions };
}

const expectedLinks = SERVICES.reduce((sum, service) => sum + service.regionCodes.length, 0);

test('seeding writes every department, all 89 regions and every service', async () => {
  const result = await seedDemoData(db.prisma, silentLogger);
  expect(result).toEqual({
    created: DEPARTMENTS.length + REGIONS.length + SERVICES.length,
    updated: 0,
    regionLinksChanged: expectedLinks,
  });
  expect(await rowCounts()).toEqual({
    departments: DEPARTMENTS.length,
    regions: 89,
    services: SERVICES.length,
    serviceRegions: expectedLinks,
  });
  expect(REGIONS).toHaveLength(89);
});

test('seeding twice leaves the same rows and restores changed fields', async () => {
  const sample = SERVICES.find((service) => service.regionCodes.length > 0) ?? SERVICES[0];
  const stored = await db.prisma.service.findUniqueOrThrow({ where: { code: sample.code } });
  await db.prisma.service.update({ where: { id: stored.id }, data: { titleRu: 'Испорчено', popularity: -1 } });
  await db.prisma.department.update({ where: { id: DEPARTMENTS[0].code }, data: { shortName: 'X' } });
  await db.prisma.serviceRegion.deleteMany({ where: { serviceId: stored.id } });

  const second = await seedDemoData(db.prisma, silentLogger);
  expect(second).toEqual({ created: 0, updated: 2, regionLinksChanged: sample.regionCodes.length });

  expect(await rowCounts()).toEqual({
    departments: DEPARTMENTS.length,
    regions: 89,
    services: SERVICES.length,
    serviceRegions: expectedLinks,
  });
  const restored = await db.prisma.service.findUniqueOrThrow({ where: { code: sample.code }, include: { regions: true } });
  expect(restored.id).toBe(stored.id);
  expect(restored.titleRu).toBe(sample.title.ru);
  expect(restored.popularity).toBe(sample.popularity);
  expect(restored.regions.map((link) => link.regionCode).sort()).toEqual([...sample.regionCodes].sort());
  const department = await db.prisma.department.findUniqueOrThrow({ where: { id: DEPARTMENTS[0].code } });
  expect(department.shortName).toBe(DEPARTMENTS[0].shortName);

  // Nothing left to change: the next run writes nothing.
  expect(await seedDemoData(db.prisma, silentLogger)).toEqual({ created: 0, updated: 0, regionLinksChanged: 0 });
});

test('stored services keep the seed texts, documents and form schema', async () => {
  const seed = SERVICES[0];
  const row = await db.prisma.service.findUniqueOrThrow({ where: { code: seed.code } });
  expect(row).toMatchObject({
    titleEn: seed.title.en,
    descriptionRu: seed.description.ru,
    subcategoryEn: seed.subcategory.en,
    departmentId: seed.departmentCode,
    requiredDocumentsRu: seed.requiredDocuments.map((document) => document.ru),
    requiredDocumentsEn: seed.requiredDocuments.map((document) => document.en),
    feeKopecks: seed.feeKopecks,
  });
  expect(row.formSchema).toEqual(seed.formSchema);
});

describe('form schema validation', () => {
  test('every seed form schema compiles', () => {
    expect(findInvalidFormSchemas(SERVICES)).toEqual([]);
  });

  test('a schema that does not compile is reported with its service code', () => {
    const problems = findInvalidFormSchemas([
      { code: 'ok', formSchema: { type: 'object', properties: { a: { type: 'string', format: 'date' } } } },
      { code: 'bad-type', formSchema: { type: 'objekt' } },
      { code: 'unknown-format', formSchema: { type: 'string', format: 'passport-number' } },
    ]);
    expect(problems.map((problem) => problem.code)).toEqual(['bad-type', 'unknown-format']);
  });
});

test('a seed with a broken form schema writes nothing', async () => {
  const broken = { ...SERVICES[0], code: 'broken-form-service', formSchema: { type: 'objekt' } };
  const before = await rowCounts();
  await expect(
    seedDemoData(db.prisma, silentLogger, { departments: DEPARTMENTS, regions: REGIONS, services: [broken] }),
  ).rejects.toThrow(/broken-form-service/);
  expect(await rowCounts()).toEqual(before);
});
