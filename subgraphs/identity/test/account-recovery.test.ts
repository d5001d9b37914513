import type { UserRecord } from '../src/users/users.service';
import { createTestDatabase, latestSandboxCode, outboxRows, type TestDatabase } from './support/test-database';
import { MINUTE, registration, signedIn, STRONG_PASSWORD, TestClock, testServices } from './support/test-services';
import type { IdentityServices } from '../src/services';
import { NO_REQUEST } from '../src/security/request-meta';

let db: TestDatabase;
let clock: TestClock;
let services: IdentityServices;

beforeAll(async () => {
  db = await createTestDatabase();
  clock = new TestClock();
  services = testServices(db, clock);
});

afterAll(() => db?.close());

async function newUser(): Promise<UserRecord & { password: string }> {
  const data = registration();
  const outcome = await services.users.register(data);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return { ...outcome.value, password: data.password };
}

const emailCode = (user: { email: string }, purpose = 'EMAIL_CONFIRMATION') => latestSandboxCode(db.pool, db.schema, user.email, purpose);
/** A six-digit code that is not `code`. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('email confirmation', () => {
  it('registers unconfirmed, sends a code to the email, and confirms with it once', async () => {
    const user = await newUser();
    expect(user.emailConfirmedAt).toBeNull();
    const code = await emailCode(user);

    expect(await services.recovery.confirmEmail({ userId: user.id }, wrong(code), NO_REQUEST)).toEqual({
      ok: false,
      problems: [{ field: 'code', code: 'CODE_INVALID' }],
    });
    expect((await services.users.findById(user.id))?.emailConfirmedAt).toBeNull();

    expect(await services.recovery.confirmEmail({ email: user.email.toUpperCase() }, code, NO_REQUEST)).toEqual({ ok: true, value: true });
    expect((await services.users.findById(user.id))?.emailConfirmedAt).toEqual(clock.now());
    expect(await services.recovery.confirmEmail({ userId: user.id }, code, NO_REQUEST)).toMatchObject({
      ok: false,
      problems: [{ code: 'EMAIL_ALREADY_CONFIRMED' }],
    });
  });

  it('refuses an expired code, and a code for an email nobody has, like a wrong one', async () => {
    const user = await newUser();
    const code = await emailCode(user);
    expect(await services.recovery.confirmEmail({ email: 'nobody@mail.ru' }, code, NO_REQUEST)).toMatchObject({
      problems: [{ code: 'CODE_INVALID' }],
    });
    clock.advance(61 * MINUTE);
    expect(await services.recovery.confirmEmail({ userId: user.id }, code, NO_REQUEST)).toMatchObject({
      problems: [{ field: 'code', code: 'CODE_EXPIRED' }],
    });
    // A new code works.
    expect(await services.recovery.sendEmailConfirmation(user.id)).toEqual({ ok: true, value: true });
    expect(await services.recovery.confirmEmail({ userId: user.id }, await emailCode(user), NO_REQUEST)).toEqual({ ok: true, value: true });
  });

  it('kills a code after five wrong tries, even for the right code afterwards', async () => {
    const user = await newUser();
    const code = await emailCode(user);
    for (let i = 0; i < 5; i += 1) {
      expect(await services.recovery.confirmEmail({ userId: user.id }, wrong(code), NO_REQUEST)).toMatchObject({ problems: [{ code: 'CODE_INVALID' }] });
    }
    expect(await services.recovery.confirmEmail({ userId: user.id }, code, NO_REQUEST)).toMatchObject({
      problems: [{ code: 'CODE_TOO_MANY_ATTEMPTS' }],
    });
    expect((await services.users.findById(user.id))?.emailConfirmedAt).toBeNull();
  });
});

describe('password reset', () => {
  it('answers an unknown login exactly like a known one, and stores and sends nothing for it', async () => {
    const before = { messages: await db.count('sandbox_message'), codes: await db.count('one_time_codes'), events: await db.count('outbox_event') };
    expect(await services.recovery.requestPasswordReset('nobody-here@mail.ru', NO_REQUEST)).toBeUndefined();
    expect(await services.recovery.requestPasswordReset('+79990001122', NO_REQUEST)).toBeUndefined();
    expect(await services.recovery.requestPasswordReset('   ', NO_REQUEST)).toBeUndefined();
    expect({ messages: await db.count('sandbox_message'), codes: await db.count('one_time_codes'), events: await db.count('outbox_event') }).toEqual(before);
  });

  it('sends the code by SMS when the login is the phone, and by email otherwise', async () => {
    const user = await newUser();
    await services.recovery.requestPasswordReset(user.phone, NO_REQUEST);
    expect(await latestSandboxCode(db.pool, db.schema, user.phone, 'PASSWORD_RESET')).toMatch(/^\d{6}$/);
    await services.recovery.requestPasswordReset(user.email, NO_REQUEST);
    expect(await emailCode(user, 'PASSWORD_RESET')).toMatch(/^\d{6}$/);
  });

  it('sets a new password with the code, ends every session, and the code works once', async () => {
    const user = await newUser();
    const first = signedIn(await services.auth.login(user.email, user.password));
    const second = signedIn(await services.auth.login(user.email, user.password));
    await services.recovery.requestPasswordReset(user.email, NO_REQUEST);
    const code = await emailCode(user, 'PASSWORD_RESET');

    // A weak password is refused before the code is looked at: the code stays usable.
    expect(await services.recovery.resetPassword(user.email, code, 'weak', NO_REQUEST)).toMatchObject({
      ok: false,
      problems: [{ field: 'newPassword', code: 'WEAK_PASSWORD' }],
    });
    expect(await services.recovery.resetPassword(user.email, wrong(code), 'Another-Pass2@', NO_REQUEST)).toMatchObject({
      problems: [{ field: 'code', code: 'CODE_INVALID' }],
    });
    expect(await services.recovery.resetPassword(user.email, code, 'Another-Pass2@', NO_REQUEST)).toEqual({
      ok: true,
      value: { userId: user.id, sessionsRevoked: 2 },
    });

    for (const session of [first, second]) {
      expect(await services.auth.refresh(session.refreshToken)).toMatchObject({ ok: false, problems: [{ code: 'INVALID_REFRESH_TOKEN' }] });
    }
    expect(await services.auth.login(user.email, user.password)).toMatchObject({ ok: false, problems: [{ code: 'INVALID_CREDENTIALS' }] });
    expect(signedIn(await services.auth.login(user.email, 'Another-Pass2@')).user.id).toBe(user.id);
    expect(await services.recovery.resetPassword(user.email, code, 'Third-Pass3#', NO_REQUEST)).toMatchObject({
      problems: [{ code: 'CODE_INVALID' }],
    });
  });

  it('refuses an expired code and an unknown login like a wrong code', async () => {
    const user = await newUser();
    await services.recovery.requestPasswordReset(user.email, NO_REQUEST);
    const code = await emailCode(user, 'PASSWORD_RESET');
    expect(await services.recovery.resetPassword('nobody-here@mail.ru', code, 'Another-Pass2@', NO_REQUEST)).toMatchObject({
      problems: [{ field: 'code', code: 'CODE_INVALID' }],
    });
    clock.advance(16 * MINUTE);
    expect(await services.recovery.resetPassword(user.email, code, 'Another-Pass2@', NO_REQUEST)).toMatchObject({
      problems: [{ field: 'code', code: 'CODE_EXPIRED' }],
    });
    expect(signedIn(await services.auth.login(user.email, STRONG_PASSWORD)).user.id).toBe(user.id);
  });

  it('sends at most three codes per account in fifteen minutes', async () => {
    const user = await newUser();
    const sent = async () =>
      Number((await db.pool.query(`SELECT count(*) FROM "${db.schema}".sandbox_message WHERE recipient = $1 AND purpose = 'PASSWORD_RESET'`, [user.email])).rows[0].count);
    for (let i = 0; i < 5; i += 1) await services.recovery.requestPasswordReset(user.email, NO_REQUEST);
    expect(await sent()).toBe(3);
    clock.advance(16 * MINUTE);
    await services.recovery.requestPasswordReset(user.email, NO_REQUEST);
    expect(await sent()).toBe(4);
  });

  it('writes journal events that name the account but carry no email, phone or code', async () => {
    const user = await newUser();
    await services.recovery.requestPasswordReset(user.email, NO_REQUEST);
    const code = await emailCode(user, 'PASSWORD_RESET');
    await services.recovery.resetPassword(user.email, code, 'Another-Pass2@', NO_REQUEST);
    const mine = (await outboxRows(db.pool, db.schema)).filter((row) => row.audience.userIds.includes(user.id));
    expect(mine.map((row) => row.type)).toEqual(expect.arrayContaining(['security.password_reset_requested', 'security.password_reset']));
    const text = JSON.stringify(mine);
    for (const secret of [user.email, user.phone, code, 'Another-Pass2@', STRONG_PASSWORD]) expect(text).not.toContain(secret);
  });
});
