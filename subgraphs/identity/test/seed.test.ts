import { randomBytes } from 'node:crypto';
import { DEMO_ACCOUNTS, seedDemoData } from '../src/seed';
import { DEMO_USERS, SANDBOX_USERS } from '../src/seed-data';
import { createIdentityServices, type IdentityServices } from '../src/services';
import { createTestDatabase, quietLogger, type TestDatabase } from './support/test-database';
import { signedIn, testKeys } from './support/test-services';

let db: TestDatabase;
let services: IdentityServices;
const keys = { ...testKeys(), documents: randomBytes(32) };

beforeAll(async () => {
  db = await createTestDatabase();
  services = createIdentityServices(db.prisma, { keys, dbSchema: db.schema });
});

afterAll(() => db?.close());

describe('seedDemoData', () => {
  it('is idempotent and every demo account can sign in', async () => {
    await seedDemoData(db.prisma, quietLogger(), keys.documents);
    await seedDemoData(db.prisma, quietLogger(), keys.documents);
    expect(await db.count('users')).toBe(DEMO_ACCOUNTS.length);
    // Four documents (SNILS, INN, passport, driver licence) per account that has them.
    const withDocuments = [...DEMO_USERS, ...SANDBOX_USERS].filter((user) => user.documents).length;
    expect(withDocuments).toBe(3);
    expect(await db.count('identity_documents')).toBe(4 * withDocuments);

    for (const account of DEMO_ACCOUNTS) {
      const value = signedIn(await services.auth.login(account.email, account.password));
      expect(value.user.roles).toEqual(account.roles);
    }
  });

  it('gives the employees their departments and the first citizen his documents', async () => {
    const byEmail = async (email: string) => (await db.prisma.user.findUniqueOrThrow({ where: { email } }));
    expect((await byEmail('employee.mvd@demo.gosuslugi.local')).departmentId).toBe('MVD');
    expect((await byEmail('employee.gibdd@demo.gosuslugi.local')).departmentId).toBe('GIBDD');
    const login = signedIn(await services.auth.login('157-236-098 74', 'Demo-Password1!'));
    expect(login.user.email).toBe('citizen@demo.gosuslugi.local');
  });

  it('seeds the sandbox citizens, whose tokens say so, and only them', async () => {
    const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    for (const account of SANDBOX_USERS) {
      const value = signedIn(await services.auth.login(account.email, 'Demo-Password1!'));
      expect(claims(value.accessToken)).toMatchObject({ sub: account.id, sandbox: true });
    }
    const live = signedIn(await services.auth.login('citizen@demo.gosuslugi.local', 'Demo-Password1!'));
    expect(claims(live.accessToken).sandbox).toBeUndefined();
    expect(await db.prisma.user.count({ where: { sandbox: true } })).toBe(SANDBOX_USERS.length);
    // Their documents sign them in like anyone's (SNILS here).
    expect(signedIn(await services.auth.login('234-567-890 99', 'Demo-Password1!')).user.email).toBe('test.citizen@sandbox.gosuslugi.local');
  });
});
