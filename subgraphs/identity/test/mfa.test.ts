import { SECURITY_EVENTS } from '@eco/kit';
import { generate } from '@otplib/totp';
import { createBase32Plugin, createCryptoPlugin } from '@otplib/core';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { needsMfa, type LoginResult, type MfaRequired } from '../src/auth/auth.service';
import { base32Decode, base32Encode } from '../src/mfa/totp';
import type { Outcome } from '../src/problems';
import { NO_REQUEST, type RequestMeta } from '../src/security/request-meta';
import type { IdentityServices } from '../src/services';
import type { UserRecord } from '../src/users/users.service';
import { createTestDatabase, latestSandboxCode, outboxRows, type TestDatabase } from './support/test-database';
import { MINUTE, registration, signedIn, STRONG_PASSWORD, TestClock, testServices } from './support/test-services';

let db: TestDatabase;
let clock: TestClock;
let services: IdentityServices;

beforeAll(async () => {
  db = await createTestDatabase();
  clock = new TestClock();
  services = testServices(db, clock);
});

afterAll(() => db?.close());

// The authenticator app of the test: otplib computes the code, independently of identity's check.
const appCrypto = createCryptoPlugin({ hmac: (alg, key, data) => new Uint8Array(createHmac(alg, key).update(data).digest()), randomBytes: (n) => new Uint8Array(randomBytes(n)) });
const appBase32 = createBase32Plugin({ encode: base32Encode, decode: base32Decode });
const appCode = (secret: string, at: Date = clock.now()) =>
  generate({ secret, crypto: appCrypto, base32: appBase32, epoch: Math.floor(at.getTime() / 1000) });
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
const deviceId = () => randomBytes(18).toString('base64url');
const META: RequestMeta = { requestId: 'req-test', deviceLabel: 'Firefox on Linux', ipMasked: '203.0.113.x' };

async function newUser(): Promise<UserRecord & { password: string }> {
  const data = registration();
  const outcome = await services.users.register(data);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return { ...outcome.value, password: data.password };
}

/** A user with TOTP on; returns its secret and recovery codes. */
async function withTotp() {
  const user = await newUser();
  const started = await services.mfa.startTotp(user.id);
  if (!started.ok) throw new Error(JSON.stringify(started.problems));
  const confirmed = await services.mfa.confirmTotp(user.id, await appCode(started.value.secret), META);
  if (!confirmed.ok) throw new Error(JSON.stringify(confirmed.problems));
  clock.advance(MINUTE); // the enrolment code's step is used up
  return { user, secret: started.value.secret, otpauthUri: started.value.otpauthUri, recoveryCodes: confirmed.value };
}

function challenge(outcome: Outcome<LoginResult>): MfaRequired['mfaChallenge'] {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  if (!needsMfa(outcome.value)) throw new Error('expected an MFA challenge');
  return outcome.value.mfaChallenge;
}

describe('TOTP enrolment', () => {
  it('shows the secret once, turns on only with a right code, and gives ten recovery codes', async () => {
    const user = await newUser();
    const started = await services.mfa.startTotp(user.id);
    if (!started.ok) throw new Error('not started');
    expect(started.value.otpauthUri).toMatch(/^otpauth:\/\/totp\/.+secret=[A-Z2-7]{32}/);
    const stored = await db.pool.query(`SELECT totp_secret_ciphertext, totp_enabled_at FROM "${db.schema}".users WHERE id = $1`, [user.id]);
    expect(stored.rows[0].totp_enabled_at).toBeNull();
    expect(Buffer.from(stored.rows[0].totp_secret_ciphertext).toString('latin1')).not.toContain(started.value.secret);

    const code = await appCode(started.value.secret);
    expect(await services.mfa.confirmTotp(user.id, wrong(code), META)).toEqual({ ok: false, problems: [{ field: 'code', code: 'MFA_CODE_INVALID' }] });
    expect((await services.users.findById(user.id))?.totpEnabledAt).toBeNull();
    expect(await db.pool.query(`SELECT 1 FROM "${db.schema}".mfa_recovery_codes WHERE user_id = $1`, [user.id])).toMatchObject({ rowCount: 0 });

    const confirmed = await services.mfa.confirmTotp(user.id, code, META);
    if (!confirmed.ok) throw new Error(JSON.stringify(confirmed.problems));
    expect(confirmed.value).toHaveLength(10);
    expect(new Set(confirmed.value).size).toBe(10);
    expect((await services.users.findById(user.id))?.totpEnabledAt).toEqual(clock.now());
    expect(await services.mfa.startTotp(user.id)).toMatchObject({ ok: false, problems: [{ code: 'TOTP_ALREADY_ENABLED' }] });
    const hashes = await db.pool.query(`SELECT code_hash FROM "${db.schema}".mfa_recovery_codes WHERE user_id = $1`, [user.id]);
    expect(JSON.stringify(hashes.rows)).not.toContain(confirmed.value[0]);
  });

  it('refuses confirmTotp before enableTotp', async () => {
    const user = await newUser();
    expect(await services.mfa.confirmTotp(user.id, '123456', META)).toMatchObject({ ok: false, problems: [{ code: 'TOTP_NOT_STARTED' }] });
  });
});

describe('sign-in with a second factor', () => {
  it('asks a new device, lets the remembered one in, and asks again on another device', async () => {
    const { user, secret } = await withTotp();
    const laptop = deviceId();
    const issued = challenge(await services.auth.login(user.email, user.password, { deviceId: laptop, meta: META }));
    expect(issued.methods).toEqual(['TOTP', 'RECOVERY_CODE']);
    expect(issued.expiresAt).toEqual(new Date(clock.now().getTime() + 5 * MINUTE));

    const verified = await services.auth.verifyMfa(issued.challengeId, 'TOTP', await appCode(secret), { ...META, deviceLabel: 'gateway' });
    if (!verified.ok) throw new Error(JSON.stringify(verified.problems));
    expect(verified.value.user.id).toBe(user.id);
    expect(verified.value.accessToken.split('.')).toHaveLength(3);
    // The session is labelled with the device that signed in, not with the second request's.
    expect((await services.sessions.listActive(user.id)).map((s) => s.deviceLabel)).toEqual(['Firefox on Linux']);

    // The same challenge cannot be answered twice.
    expect(await services.auth.verifyMfa(issued.challengeId, 'TOTP', await appCode(secret), META)).toMatchObject({
      problems: [{ code: 'MFA_CHALLENGE_NOT_FOUND' }],
    });
    expect(signedIn(await services.auth.login(user.email, user.password, { deviceId: laptop })).user.id).toBe(user.id);
    challenge(await services.auth.login(user.email, user.password, { deviceId: deviceId() }));
    challenge(await services.auth.login(user.email, user.password));
  });

  it('refuses a TOTP code already used, even inside its 30 seconds', async () => {
    const { user, secret } = await withTotp();
    const code = await appCode(secret);
    const first = challenge(await services.auth.login(user.email, user.password));
    expect((await services.auth.verifyMfa(first.challengeId, 'TOTP', code, META)).ok).toBe(true);
    const second = challenge(await services.auth.login(user.email, user.password));
    expect(await services.auth.verifyMfa(second.challengeId, 'TOTP', code, META)).toMatchObject({ ok: false, problems: [{ code: 'MFA_CODE_INVALID' }] });
  });

  it('lets each recovery code in once', async () => {
    const { user, recoveryCodes } = await withTotp();
    const first = challenge(await services.auth.login(user.email, user.password));
    expect((await services.auth.verifyMfa(first.challengeId, 'RECOVERY_CODE', recoveryCodes[0].toUpperCase(), META)).ok).toBe(true);
    const second = challenge(await services.auth.login(user.email, user.password));
    expect(await services.auth.verifyMfa(second.challengeId, 'RECOVERY_CODE', recoveryCodes[0], META)).toMatchObject({
      problems: [{ code: 'MFA_CODE_INVALID' }],
    });
    expect((await services.auth.verifyMfa(second.challengeId, 'RECOVERY_CODE', recoveryCodes[1], META)).ok).toBe(true);
  });

  it('expires a challenge after five minutes', async () => {
    const { user, secret } = await withTotp();
    const issued = challenge(await services.auth.login(user.email, user.password));
    clock.advance(5 * MINUTE + 1000);
    expect(await services.auth.verifyMfa(issued.challengeId, 'TOTP', await appCode(secret), META)).toEqual({
      ok: false,
      problems: [{ field: 'code', code: 'MFA_CODE_EXPIRED' }],
    });
  });

  it('closes a challenge after five wrong codes, even to the right one', async () => {
    const { user, secret } = await withTotp();
    const issued = challenge(await services.auth.login(user.email, user.password));
    const right = await appCode(secret);
    for (let i = 0; i < 5; i += 1) {
      expect(await services.auth.verifyMfa(issued.challengeId, 'TOTP', wrong(right), META)).toMatchObject({ problems: [{ code: 'MFA_CODE_INVALID' }] });
    }
    expect(await services.auth.verifyMfa(issued.challengeId, 'TOTP', right, META)).toMatchObject({ problems: [{ code: 'MFA_TOO_MANY_ATTEMPTS' }] });
  });

  it('limits wrong codes per account across fresh challenges, for fifteen minutes', async () => {
    const { user, secret } = await withTotp();
    for (let round = 0; round < 2; round += 1) {
      const issued = challenge(await services.auth.login(user.email, user.password));
      for (let i = 0; i < 5; i += 1) await services.auth.verifyMfa(issued.challengeId, 'TOTP', '000000', META);
    }
    const fresh = challenge(await services.auth.login(user.email, user.password));
    expect(await services.auth.verifyMfa(fresh.challengeId, 'TOTP', await appCode(secret), META)).toMatchObject({
      problems: [{ code: 'MFA_TOO_MANY_ATTEMPTS' }],
    });
    clock.advance(16 * MINUTE);
    const later = challenge(await services.auth.login(user.email, user.password));
    expect((await services.auth.verifyMfa(later.challengeId, 'TOTP', await appCode(secret), META)).ok).toBe(true);
  });

  it("cannot answer one account's challenge with another account's code", async () => {
    const alice = await withTotp();
    const bob = await withTotp();
    const issued = challenge(await services.auth.login(alice.user.email, alice.user.password));
    expect(await services.auth.verifyMfa(issued.challengeId, 'TOTP', await appCode(bob.secret), META)).toMatchObject({
      problems: [{ code: 'MFA_CODE_INVALID' }],
    });
    expect(await services.auth.verifyMfa(issued.challengeId, 'RECOVERY_CODE', bob.recoveryCodes[0], META)).toMatchObject({
      problems: [{ code: 'MFA_CODE_INVALID' }],
    });
    expect(await services.auth.verifyMfa(randomUUID(), 'TOTP', '123456', META)).toMatchObject({ problems: [{ code: 'MFA_CHALLENGE_NOT_FOUND' }] });
    expect(await services.auth.verifyMfa('not-a-uuid', 'TOTP', '123456', META)).toMatchObject({ problems: [{ code: 'MFA_CHALLENGE_NOT_FOUND' }] });
  });

  it('refuses a deviceId too short to be a secret, before checking anything', async () => {
    const user = await newUser();
    const events = await db.count('outbox_event');
    expect(await services.auth.login(user.email, user.password, { deviceId: 'short' })).toEqual({
      ok: false,
      problems: [{ field: 'deviceId', code: 'DEVICE_ID_INVALID' }],
    });
    expect(await db.count('outbox_event')).toBe(events);
  });

  it('turns everything off only with the password', async () => {
    const { user } = await withTotp();
    expect(await services.mfa.disable(user.id, 'Wrong-Pass1!', META)).toMatchObject({ problems: [{ field: 'password', code: 'INVALID_CREDENTIALS' }] });
    expect((await services.users.findById(user.id))?.totpEnabledAt).not.toBeNull();
    expect(await services.mfa.disable(user.id, STRONG_PASSWORD, META)).toEqual({ ok: true, value: true });
    expect(signedIn(await services.auth.login(user.email, user.password)).user.id).toBe(user.id);
    expect(await services.mfa.disable(user.id, STRONG_PASSWORD, META)).toMatchObject({ problems: [{ code: 'MFA_NOT_ENABLED' }] });
  });
});

describe('SMS codes', () => {
  it('turns on with a code sent to the phone, then signs in with a fresh SMS code that works once', async () => {
    const user = await newUser();
    expect(await services.mfa.startSms(user.id, 'ru')).toEqual({ ok: true, value: true });
    const enrolment = await latestSandboxCode(db.pool, db.schema, user.phone, 'SMS_ENROLLMENT');
    expect(await services.mfa.confirmSms(user.id, wrong(enrolment), META)).toMatchObject({ problems: [{ code: 'MFA_CODE_INVALID' }] });
    const confirmed = await services.mfa.confirmSms(user.id, enrolment, META);
    expect(confirmed.ok && confirmed.value).toHaveLength(10);

    const issued = challenge(await services.auth.login(user.phone, user.password, { meta: META }));
    expect(issued.methods).toEqual(['SMS', 'RECOVERY_CODE']);
    const code = await latestSandboxCode(db.pool, db.schema, user.phone, 'MFA_SMS');
    expect((await services.auth.verifyMfa(issued.challengeId, 'SMS', code, META)).ok).toBe(true);

    const again = challenge(await services.auth.login(user.phone, user.password));
    expect(await services.auth.verifyMfa(again.challengeId, 'SMS', code, META)).toMatchObject({ problems: [{ code: 'MFA_CODE_INVALID' }] });
    expect(await services.auth.verifyMfa(again.challengeId, 'TOTP', '123456', META)).toMatchObject({ problems: [{ field: 'method', code: 'MFA_METHOD_UNAVAILABLE' }] });
  });

  it('expires an SMS code after five minutes', async () => {
    const user = await newUser();
    await services.mfa.startSms(user.id, 'en');
    await services.mfa.confirmSms(user.id, await latestSandboxCode(db.pool, db.schema, user.phone, 'SMS_ENROLLMENT'), META);
    const issued = challenge(await services.auth.login(user.email, user.password));
    const code = await latestSandboxCode(db.pool, db.schema, user.phone, 'MFA_SMS');
    clock.advance(5 * MINUTE + 1000);
    expect(await services.auth.verifyMfa(issued.challengeId, 'SMS', code, META)).toMatchObject({ problems: [{ code: 'MFA_CODE_EXPIRED' }] });
  });
});

describe('sessions', () => {
  it('lists the live sessions with device and masked address, and revokes one of the own only', async () => {
    const user = await newUser();
    const other = await newUser();
    const phone = signedIn(await services.auth.login(user.email, user.password, { meta: { ...META, deviceLabel: 'Phone' } }));
    const laptop = signedIn(await services.auth.login(user.email, user.password, { meta: META }));
    const othersSession = signedIn(await services.auth.login(other.email, other.password));
    const listed = await services.sessions.listActive(user.id);
    expect(listed.map((s) => [s.deviceLabel, s.ipMasked])).toEqual(
      expect.arrayContaining([['Phone', '203.0.113.x'], ['Firefox on Linux', '203.0.113.x']]),
    );
    expect(listed).toHaveLength(2);

    const othersId = (await services.sessions.listActive(other.id))[0].id;
    expect(await services.sessions.revokeById(user.id, othersId, META)).toEqual({ ok: false, problems: [{ field: 'sessionId', code: 'SESSION_NOT_FOUND' }] });
    expect((await services.auth.refresh(othersSession.refreshToken)).ok).toBe(true);

    const phoneId = listed.find((s) => s.deviceLabel === 'Phone')!.id;
    expect(await services.sessions.revokeById(user.id, phoneId, META)).toEqual({ ok: true, value: phoneId });
    expect(await services.auth.refresh(phone.refreshToken)).toMatchObject({ ok: false, problems: [{ code: 'INVALID_REFRESH_TOKEN' }] });
    expect(await services.sessions.revokeById(user.id, phoneId, META)).toMatchObject({ problems: [{ code: 'SESSION_NOT_FOUND' }] });
    expect((await services.sessions.listActive(user.id)).map((s) => s.deviceLabel)).toEqual(['Firefox on Linux']);
    expect((await services.auth.refresh(laptop.refreshToken)).ok).toBe(true);
    expect((await services.sessions.listActive(user.id))[0].lastUsedAt).toEqual(clock.now());
  });

  it('revokes all the others and keeps the current one', async () => {
    const user = await newUser();
    const sessions = [];
    for (let i = 0; i < 3; i += 1) sessions.push(signedIn(await services.auth.login(user.email, user.password)));
    const keep = (await services.sessions.listActive(user.id))[0].id;
    expect(await services.sessions.revokeOthers(user.id, keep, META)).toHaveLength(2);
    expect((await services.sessions.listActive(user.id)).map((s) => s.id)).toEqual([keep]);
  });
});

describe('security events', () => {
  it('journals sign-in, MFA and sessions with ids and reasons, never an email, phone, code or password', async () => {
    const { user, secret, recoveryCodes } = await withTotp();
    await services.auth.login(user.email, 'Wrong-Pass1!', { meta: META });
    await services.auth.login('nobody-at-all@mail.ru', 'Wrong-Pass1!', { meta: META });
    const issued = challenge(await services.auth.login(user.email, user.password, { meta: META }));
    await services.auth.verifyMfa(issued.challengeId, 'TOTP', '000000', META);
    const code = await appCode(secret);
    const verified = await services.auth.verifyMfa(issued.challengeId, 'TOTP', code, META);
    if (!verified.ok) throw new Error('not verified');
    const sessionId = (await services.sessions.listActive(user.id))[0].id;
    await services.sessions.revokeById(user.id, sessionId, META);
    await services.mfa.disable(user.id, STRONG_PASSWORD, META);

    const rows = await outboxRows(db.pool, db.schema);
    const mine = rows.filter((row) => row.audience.userIds.includes(user.id));
    expect(mine.map((row) => row.type)).toEqual([
      'security.mfa_enabled',
      'security.login_failed',
      'security.mfa_challenge_issued',
      'security.mfa_failed',
      'security.mfa_verified',
      'security.login_succeeded',
      'security.session_revoked',
      'security.mfa_disabled',
    ]);
    for (const row of mine) {
      expect(row.audience).toEqual({ userIds: [user.id], departmentIds: [] });
      expect(row.payload).toMatchObject({ subjectType: row.subject_type, subjectId: row.subject_id, requestId: 'req-test' });
      // Not a live event: no subscription fields, in the payload or the audience.
      expect(row.payload).not.toHaveProperty('liveFields');
      // Each row fits the contract of its type (kit: contracts/identity.ts).
      expect(SECURITY_EVENTS.find((contract) => contract.name === row.type)?.problems(row.payload)).toEqual([]);
      expect(new Date(row.payload.at).toISOString()).toBe(row.payload.at);
      expect(row.payload.details.ipMasked).toBe('203.0.113.x');
    }
    expect(mine.find((r) => r.type === 'security.login_failed')?.payload).toMatchObject({ actorId: null, details: { reason: 'WRONG_PASSWORD' } });
    expect(mine.find((r) => r.type === 'security.login_succeeded')?.payload).toMatchObject({ actorId: user.id, details: { sessionId, method: 'PASSWORD+TOTP' } });
    expect(mine.find((r) => r.type === 'security.session_revoked')).toMatchObject({ subject_type: 'Session', subject_id: sessionId });

    const unknown = rows.filter((row) => row.type === 'security.login_failed' && row.subject_id === 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown[0].audience).toEqual({ userIds: [], departmentIds: [] });
    expect(unknown[0].payload).toMatchObject({ actorId: null, subjectType: 'User', details: { reason: 'UNKNOWN_LOGIN' } });

    const text = JSON.stringify(rows);
    for (const secretText of [user.email, user.phone, code, secret, recoveryCodes[0], STRONG_PASSWORD, 'Wrong-Pass1!', 'nobody-at-all@mail.ru']) {
      expect(text).not.toContain(secretText);
    }
  });

  it('journals documents and children in the same transaction as the change', async () => {
    const user = await newUser();
    await services.documents.setSnils(user.id, '157-236-098 74', META);
    await services.documents.setSnils(user.id, '157-236-098 74', META);
    await services.documents.setInn(user.id, 'not an inn', META);
    const data = (await services.documents.documentsForUsers([user.id]))[0];
    await services.documents.recordViewed(data, META);
    const child = await services.children.add(
      user.id,
      { lastName: 'Иванова', firstName: 'Алиса', birthDate: '2022-03-01', sex: 'FEMALE', birthCertificate: { series: 'IV-МЮ', number: '123456', issueDate: '2022-03-10' } },
      { meta: META },
    );
    if (!child.ok) throw new Error(JSON.stringify(child.problems));
    await services.children.remove(user.id, child.value.id, META);

    const mine = (await outboxRows(db.pool, db.schema)).filter((row) => row.audience.userIds.includes(user.id));
    expect(mine.map((row) => [row.type, row.subject_type])).toEqual([
      ['security.document_added', 'Document'],
      ['security.document_changed', 'Document'],
      ['security.document_viewed', 'Document'],
      ['security.child_added', 'Child'],
      ['security.child_removed', 'Child'],
    ]);
    expect(mine[0].payload.details).toEqual({ kind: 'SNILS', ipMasked: '203.0.113.x' });
    for (const row of mine) expect(SECURITY_EVENTS.find((contract) => contract.name === row.type)?.problems(row.payload)).toEqual([]);
    const text = JSON.stringify(mine);
    for (const secretText of ['15723609874', '157-236-098 74', '123456', 'Алиса']) expect(text).not.toContain(secretText);
  });
});

describe('without request metadata', () => {
  it('still journals, with a null request id', async () => {
    const user = await newUser();
    await services.auth.login(user.email, 'Wrong-Pass1!', { meta: NO_REQUEST });
    const row = (await outboxRows(db.pool, db.schema)).filter((r) => r.audience.userIds.includes(user.id)).pop();
    expect(row?.payload).toMatchObject({ requestId: null, details: { reason: 'WRONG_PASSWORD' } });
  });
});
