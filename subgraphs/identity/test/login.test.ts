import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from '../src/auth/auth.service';
import { userErrorsFor } from '../src/messages';
import type { IdentityServices } from '../src/services';
import type { UserRecord } from '../src/users/users.service';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { MINUTE, registration, STRONG_PASSWORD, signedIn, TestClock, testServices } from './support/test-services';

let db: TestDatabase;
let services: IdentityServices;
const clock = new TestClock();

async function newUser(overrides: Record<string, string> = {}): Promise<UserRecord> {
  const outcome = await services.users.register(registration(overrides));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

function codesOf(outcome: { ok: boolean; problems?: { code: string }[] }): string[] {
  return outcome.ok ? [] : (outcome.problems ?? []).map((p) => p.code);
}

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db, clock);
});

afterAll(() => db?.close());

describe('login', () => {
  let user: UserRecord;

  beforeAll(async () => {
    user = await newUser({ email: 'login@mail.ru', phone: '+79125551111' });
    expect((await services.documents.setSnils(user.id, '157-236-098 74')).ok).toBe(true);
    expect((await services.documents.setInn(user.id, '500100732259')).ok).toBe(true);
  });

  it.each([
    ['email in another case', 'LOGIN@Mail.ru'],
    ['phone as typed locally', '8 (912) 555-11-11'],
    ['phone in E.164', '+79125551111'],
    ['SNILS with separators', '157-236-098 74'],
    ['SNILS as digits', '15723609874'],
    ['INN', '500100732259'],
  ])('signs in by %s', async (_label, login) => {
    const value = signedIn(await services.auth.login(login, STRONG_PASSWORD));
    expect(value.user.id).toBe(user.id);
    expect(value.accessToken.split('.')).toHaveLength(3);
    expect(value.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(value.accessTokenExpiresAt.getTime()).toBe(clock.now().getTime() + 15 * MINUTE);
  });

  it('answers a wrong password and an unknown login with the same error', async () => {
    const wrongPassword = await services.auth.login('login@mail.ru', 'Wrong-Pass1!');
    const unknownEmail = await services.auth.login('nobody@mail.ru', STRONG_PASSWORD);
    const unknownSnils = await services.auth.login('112-233-445 95', STRONG_PASSWORD);
    const garbage = await services.auth.login('not a login', STRONG_PASSWORD);
    for (const outcome of [wrongPassword, unknownEmail, unknownSnils, garbage]) {
      expect(outcome).toEqual({ ok: false, problems: [{ field: null, code: 'INVALID_CREDENTIALS' }] });
    }
    // Reset the failure count for the tests below.
    expect((await services.auth.login('login@mail.ru', STRONG_PASSWORD)).ok).toBe(true);
  });

  it('stores no session for a failed login', async () => {
    const before = await db.count('sessions');
    await services.auth.login('login@mail.ru', 'Wrong-Pass1!');
    expect(await db.count('sessions')).toBe(before);
    await services.auth.login('login@mail.ru', STRONG_PASSWORD);
  });
});

describe('lockout', () => {
  it(`locks after ${MAX_FAILED_LOGINS} failures in a row for ${LOCKOUT_MINUTES} minutes`, async () => {
    await newUser({ email: 'locked@mail.ru' });
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      expect(codesOf(await services.auth.login('locked@mail.ru', `Wrong-Pass${i}!`))).toEqual(['INVALID_CREDENTIALS']);
    }
    const lockedAt = clock.now();
    const fifth = await services.auth.login('locked@mail.ru', 'Wrong-Pass5!');
    const unlockAt = new Date(lockedAt.getTime() + LOCKOUT_MINUTES * MINUTE);
    expect(fifth).toEqual({ ok: false, problems: [{ field: null, code: 'ACCOUNT_LOCKED', unlockAt }] });

    // Even the right password is refused while locked.
    clock.advance(LOCKOUT_MINUTES * MINUTE - 1000);
    expect(codesOf(await services.auth.login('locked@mail.ru', STRONG_PASSWORD))).toEqual(['ACCOUNT_LOCKED']);

    clock.advance(1000);
    expect((await services.auth.login('locked@mail.ru', STRONG_PASSWORD)).ok).toBe(true);
  });

  it('tells the unlock time in the message, in Moscow time', () => {
    const unlockAt = new Date('2025-06-15T09:15:00Z');
    const [ru] = userErrorsFor([{ field: null, code: 'ACCOUNT_LOCKED', unlockAt }], 'ru');
    const [en] = userErrorsFor([{ field: null, code: 'ACCOUNT_LOCKED', unlockAt }], 'en');
    expect(ru.message).toContain('15.06.2025, 12:15 по московскому времени');
    expect(en.message).toContain('15/06/2025, 12:15 Moscow time');
  });

  it('restarts the count after a successful login', async () => {
    await newUser({ email: 'reset@mail.ru' });
    for (let round = 0; round < 2; round++) {
      for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
        expect(codesOf(await services.auth.login('reset@mail.ru', 'Wrong-Pass1!'))).toEqual(['INVALID_CREDENTIALS']);
      }
      expect((await services.auth.login('reset@mail.ru', STRONG_PASSWORD)).ok).toBe(true);
    }
  });

  it('never locks on logins that match no account', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS + 2; i++) {
      expect(codesOf(await services.auth.login('ghost@mail.ru', STRONG_PASSWORD))).toEqual(['INVALID_CREDENTIALS']);
    }
  });
});
