import { seedDemoData } from '../src/seed';
import { DEMO_CONTACTS } from '../src/seed-data';
import { createTestDatabase, silentLogger, type TestDatabase } from './support/test-database';

// identity's demo accounts, read from its source only to check this copy has not drifted
// (a plain require keeps identity's files out of this package's type-check).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEMO_USERS } = require('../../identity/src/seed-data') as { DEMO_USERS: { id: string; email: string; phone: string }[] };

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(() => db?.close());

describe('demo data', () => {
  it("has the contacts of identity's demo accounts, under their fixed ids", () => {
    expect(DEMO_CONTACTS).toEqual(DEMO_USERS.map((user) => ({ userId: user.id, email: user.email, phone: user.phone })));
  });

  it('is idempotent: a second run restores the contacts and adds nothing', async () => {
    await seedDemoData(db.prisma, silentLogger);
    const [first] = DEMO_CONTACTS;
    await db.services.contacts.set(first.userId, { email: 'changed@mail.ru', phone: null });
    await seedDemoData(db.prisma, silentLogger);
    expect(await db.count('recipient')).toBe(DEMO_CONTACTS.length);
    expect(await db.services.contacts.get(first.userId)).toMatchObject({ email: first.email, phone: first.phone, locale: 'RU' });
  });
});
