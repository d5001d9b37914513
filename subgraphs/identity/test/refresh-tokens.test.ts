import { createHash } from 'node:crypto';
import type { SignedIn } from '../src/auth/auth.service';
import type { IdentityServices } from '../src/services';
import type { UserRecord } from '../src/users/users.service';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { DAY, registration, STRONG_PASSWORD, signedIn, TestClock, testServices } from './support/test-services';

let db: TestDatabase;
let services: IdentityServices;
const clock = new TestClock();
let user: UserRecord;

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db, clock);
  const outcome = await services.users.register(registration({ email: 'tokens@mail.ru' }));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  user = outcome.value;
});

afterAll(() => db?.close());

async function login(): Promise<SignedIn> {
  return signedIn(await services.auth.login('tokens@mail.ru', STRONG_PASSWORD));
}

async function refresh(token: string) {
  return services.auth.refresh(token);
}

const codeOf = (outcome: Awaited<ReturnType<typeof refresh>>) => (outcome.ok ? 'OK' : outcome.problems[0].code);

describe('refresh tokens', () => {
  it('are stored only as a SHA-256 hash', async () => {
    const { refreshToken } = await login();
    const rows = await db.pool.query(`SELECT * FROM "${db.schema}".refresh_tokens`);
    expect(JSON.stringify(rows.rows)).not.toContain(refreshToken);
    const hash = createHash('sha256').update(refreshToken).digest('hex');
    expect(rows.rows.map((r) => r.token_hash)).toContain(hash);
  });

  it('rotate: each refresh gives new tokens and the old refresh token stops working', async () => {
    const first = await login();
    const second = await refresh(first.refreshToken);
    if (!second.ok) throw new Error(JSON.stringify(second.problems));
    expect(second.value.refreshToken).not.toBe(first.refreshToken);
    expect(second.value.user.id).toBe(user.id);
    expect(second.value.accessToken).not.toBe(first.accessToken);

    const third = await refresh(second.value.refreshToken);
    expect(third.ok).toBe(true);
  });

  it('reuse of a rotated token revokes the whole family, the newest token included', async () => {
    const first = await login();
    const second = await refresh(first.refreshToken);
    if (!second.ok) throw new Error('rotation failed');

    const reuse = await refresh(first.refreshToken);
    expect(reuse).toEqual({ ok: false, problems: [{ field: 'refreshToken', code: 'REFRESH_TOKEN_REUSED' }] });
    expect(codeOf(await refresh(second.value.refreshToken))).toBe('INVALID_REFRESH_TOKEN');

    const family = await db.pool.query(
      `SELECT t.revoked_at, s.revoked_at AS session_revoked_at, s.revoked_reason
         FROM "${db.schema}".refresh_tokens t JOIN "${db.schema}".sessions s ON s.id = t.session_id
        WHERE t.token_hash = $1`,
      [createHash('sha256').update(first.refreshToken).digest('hex')],
    );
    expect(family.rows[0].revoked_at).not.toBeNull();
    expect(family.rows[0].session_revoked_at).not.toBeNull();
    expect(family.rows[0].revoked_reason).toBe('REUSE');
  });

  it('two simultaneous uses of one token count as reuse', async () => {
    const first = await login();
    const outcomes = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    expect(outcomes.map(codeOf).sort()).toEqual(['OK', 'REFRESH_TOKEN_REUSED']);
    const winner = outcomes.find((o) => o.ok);
    if (!winner?.ok) throw new Error('no winner');
    expect(codeOf(await refresh(winner.value.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
  });

  it('refuses an unknown and an expired token', async () => {
    expect(codeOf(await refresh('not-a-token'))).toBe('INVALID_REFRESH_TOKEN');
    const { refreshToken } = await login();
    clock.advance(30 * DAY);
    expect(codeOf(await refresh(refreshToken))).toBe('INVALID_REFRESH_TOKEN');
  });

  it('does not revoke other sessions of the same user', async () => {
    const phone = await login();
    const laptop = await login();
    await refresh(phone.refreshToken);
    await refresh(phone.refreshToken); // reuse on the phone's session
    expect(codeOf(await refresh(laptop.refreshToken))).toBe('OK');
  });
});

describe('logout', () => {
  it('revokes the session and is idempotent', async () => {
    const session = await login();
    const rotated = await refresh(session.refreshToken);
    if (!rotated.ok) throw new Error('rotation failed');
    expect(await services.auth.logout(rotated.value.refreshToken, user.id)).toEqual({ ok: true, value: true });
    expect(codeOf(await refresh(rotated.value.refreshToken))).toBe('INVALID_REFRESH_TOKEN');
    expect((await services.auth.logout(rotated.value.refreshToken, user.id)).ok).toBe(true);
  });

  it("refuses someone else's or an unknown token and leaves the session alive", async () => {
    const session = await login();
    const stranger = '00000000-0000-4000-8000-000000000000';
    expect(await services.auth.logout(session.refreshToken, stranger)).toEqual({
      ok: false,
      problems: [{ field: 'refreshToken', code: 'INVALID_REFRESH_TOKEN' }],
    });
    expect((await services.auth.logout('unknown', user.id)).ok).toBe(false);
    expect(codeOf(await refresh(session.refreshToken))).toBe('OK');
  });
});
