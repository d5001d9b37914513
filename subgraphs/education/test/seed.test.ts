import { seedDemoData } from '../src/seed';
import { DEMO_APPLICATION_ID, DEMO_KINDERGARTENS, DEMO_SCHOOLS } from '../src/seed-data';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

describe('seedDemoData', () => {
  it('is idempotent and gives the demo citizen a realistic queue position', async () => {
    const now = new Date('2026-11-29T10:00:00Z');
    await seedDemoData(db.prisma, { now });
    const counts = async () => [await db.count('kindergarten'), await db.count('kindergarten_group'), await db.count('school'), await db.count('kindergarten_application'), await db.count('kindergarten_preference')];
    const first = await counts();
    expect(first).toEqual([DEMO_KINDERGARTENS.length, DEMO_KINDERGARTENS.length * 5, DEMO_SCHOOLS.length, 8, 16]);
    await seedDemoData(db.prisma, { now: new Date('2027-02-01T10:00:00Z') });
    expect(await counts()).toEqual(first);
    const [positions] = await db.services.kindergartenApplications.positionsByApplicationIds([DEMO_APPLICATION_ID]);
    expect(positions.map((p) => [p.rank, p.position, p.total])).toEqual([
      [1, 6, 8],
      [2, 6, 8],
    ]);
    // Demo child: 34 months in November 2026, 43 months on 1 September 2027 → the Младшая group.
    const group = await db.prisma.kindergartenGroup.findUniqueOrThrow({ where: { id: positions[0].groupId } });
    expect(group.ageFromMonths).toBe(36);
  });
});
