import { pageWindow } from '@eco/kit';
import type { ServiceRow } from '../src/catalog/catalog.service';
import { serviceKeysetOrder, type ServiceFilterValues } from '../src/catalog/service-query';
import { seedDemoData } from '../src/seed';
import { createTestDatabase, silentLogger, type TestDatabase } from './support/test-database';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma, silentLogger);
});

afterAll(async () => {
  await db?.drop();
});

async function search(text: string, filter: ServiceFilterValues = {}, first = 20) {
  return db.services.catalog.listServices({ search: text, filter, locale: 'ru', window: pageWindow({ first }, serviceKeysetOrder('RELEVANCE', 'ru')) });
}

const top = (nodes: ServiceRow[], n = 3) => nodes.slice(0, n);

describe('full-text search with Russian morphology, English and typos', () => {
  test('«паспорт» finds the passport services, title matches first', async () => {
    const { nodes, totalCount } = await search('паспорт');
    expect(totalCount).toBeGreaterThanOrEqual(3);
    for (const service of top(nodes)) expect(service.titleRu.toLowerCase()).toContain('паспорт');
  });

  test('«пасспорт» (a typo) still finds the passport services', async () => {
    const { nodes } = await search('пасспорт');
    expect(nodes.length).toBeGreaterThanOrEqual(3);
    for (const service of top(nodes)) expect(service.titleRu.toLowerCase()).toContain('паспорт');
  });

  test('«водительское» finds the driver-licence services through morphology', async () => {
    const { nodes } = await search('водительское');
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const service of top(nodes, 2)) expect(service.titleRu.toLowerCase()).toContain('водительск');
  });

  test('English words match English titles', async () => {
    const passport = await search('passport');
    expect(passport.nodes.length).toBeGreaterThanOrEqual(3);
    for (const service of top(passport.nodes)) expect(service.titleEn.toLowerCase()).toContain('passport');

    const licence = await search('driver licence');
    expect(licence.nodes.length).toBeGreaterThanOrEqual(2);
    for (const service of top(licence.nodes, 2)) expect(service.titleEn.toLowerCase()).toMatch(/driv.*licen[cs]e/);
  });

  test('a title match ranks above a match in the description only', async () => {
    const { nodes } = await search('паспорт', {}, 100);
    // The word itself, not a part of another one («загранпаспорт» is a different word).
    const inTitle = nodes.map((service) => /(^|[^а-яё])паспорт/i.test(service.titleRu));
    expect(inTitle).toContain(false); // the seed has services that only mention a passport in the text
    const firstDescriptionOnly = inTitle.indexOf(false);
    expect(inTitle.slice(firstDescriptionOnly)).not.toContain(true);
  });

  test('orderBy POPULARITY sorts the matches by popularity', async () => {
    const { nodes } = await db.services.catalog.listServices({
      search: 'паспорт',
      order: 'POPULARITY',
      locale: 'ru',
      window: pageWindow({ first: 50 }, serviceKeysetOrder('POPULARITY', 'ru')),
    });
    const popularity = nodes.map((service) => service.popularity);
    expect(popularity).toEqual([...popularity].sort((a, b) => b - a));
  });

  test('nonsense finds nothing; blank search lists everything', async () => {
    expect((await search('qwxzqwxz')).totalCount).toBe(0);
    const all = await search('   ');
    expect(all.totalCount).toBe(await db.prisma.service.count());
  });

  test('user input cannot break the SQL', async () => {
    const { totalCount } = await search(`паспорт'); DROP TABLE service; --`);
    expect(totalCount).toBeGreaterThanOrEqual(0);
    expect(await db.prisma.service.count()).toBeGreaterThan(0);
  });

  test('filters apply together with the search', async () => {
    const all = await search('паспорт', {}, 100);
    const mvd = await search('паспорт', { departmentId: 'MVD' }, 100);
    expect(mvd.totalCount).toBeGreaterThan(0);
    expect(mvd.totalCount).toBeLessThanOrEqual(all.totalCount);
    expect(mvd.nodes.every((service) => service.departmentId === 'MVD')).toBe(true);
    const allIds = new Set(all.nodes.map((service) => service.id));
    expect(mvd.nodes.every((service) => allIds.has(service.id))).toBe(true);

    const online = await search('паспорт', { online: true, departmentId: 'MVD' }, 100);
    for (const service of online.nodes) {
      expect(service.departmentId).toBe('MVD');
      expect(service.onlineOnly || ['ELECTRONIC', 'TRANSACTIONAL'].includes(service.category)).toBe(true);
    }
  });
});
