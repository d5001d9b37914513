import { createBase32Plugin, createCryptoPlugin } from '@otplib/core';
import { generate } from '@otplib/totp';
import { createHmac, randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { DEVELOPMENT_EVENT_FEED_TOKEN } from '@eco/kit';
import { base32Decode, base32Encode } from '../src/mfa/totp';
import { DATABASE_URL, latestSandboxCode, outboxRows } from './support/test-database';
import { codes, LOGIN, startTestServer, type SignedInUser, type TestServer } from './support/test-server';

let server: TestServer;
let pool: Pool;
let citizen: SignedInUser;
let citizen2: SignedInUser;
let admin: SignedInUser;
const gql: TestServer['gql'] = (...args) => server.gql(...args);

beforeAll(async () => {
  server = await startTestServer();
  pool = new Pool({ connectionString: DATABASE_URL, max: 2 });
  citizen = await server.signIn('citizen@demo.gosuslugi.local');
  citizen2 = await server.signIn('citizen2@demo.gosuslugi.local');
  admin = await server.signIn('admin@demo.gosuslugi.local');
}, 30_000);

afterAll(async () => {
  await pool?.end();
  await server?.stop();
});

const appCrypto = createCryptoPlugin({ hmac: (alg, key, data) => new Uint8Array(createHmac(alg, key).update(data).digest()), randomBytes: (n) => new Uint8Array(randomBytes(n)) });
const appBase32 = createBase32Plugin({ encode: base32Encode, decode: base32Decode });
/** The app's code `aheadSeconds` from now (a step ahead is still accepted: phone clocks drift). */
const appCode = (secret: string, aheadSeconds = 0) =>
  generate({ secret, crypto: appCrypto, base32: appBase32, epoch: Math.floor(Date.now() / 1000) + aheadSeconds });

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterInput!) { register(input: $input) { user { id emailConfirmed mfaMethods } userErrors { field code } } }
`;
const LOGIN_MFA = /* GraphQL */ `
  mutation ($input: LoginInput!) {
    login(input: $input) { accessToken refreshToken mfaChallenge { challengeId methods expiresAt } userErrors { field code message } }
  }
`;
const VERIFY = /* GraphQL */ `
  mutation ($input: VerifyMfaInput!) { verifyMfa(input: $input) { accessToken refreshToken user { id } userErrors { field code message } } }
`;
const MY_SESSIONS = /* GraphQL */ `{ mySessions { id deviceLabel ipMasked createdAt lastUsedAt current } }`;
const REVOKE = /* GraphQL */ `
  mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) { revokedSessionId userErrors { field code } } }
`;

let counter = 0;
async function registerAndSignIn(): Promise<SignedInUser & { email: string; password: string }> {
  counter += 1;
  const suffix = `${Date.now() % 100000}${counter}`.padStart(7, '0').slice(-7);
  const input = { lastName: 'Смирнов', firstName: 'Пётр', birthDate: '1988-04-04', email: `gql-sec-${suffix}@mail.ru`, phone: `+7915${suffix}`, password: 'Strong-Pass1!' };
  const registered = await gql(REGISTER, { input });
  expect(registered.data?.register.userErrors).toEqual([]);
  expect(registered.data?.register.user).toMatchObject({ emailConfirmed: false, mfaMethods: [] });
  const login = await gql(LOGIN, { input: { login: input.email, password: input.password } });
  return { token: login.data?.login.accessToken, refreshToken: login.data?.login.refreshToken, userId: login.data?.login.user.id, email: input.email, password: input.password };
}

describe('new operations are closed to the wrong caller', () => {
  it.each([
    ['mySessions', MY_SESSIONS, {}],
    ['revokeSession', REVOKE, { input: { sessionId: '00000000-0000-4000-8000-000000000000' } }],
    ['revokeOtherSessions', 'mutation { revokeOtherSessions { revokedSessionIds } }', {}],
    ['enableTotp', 'mutation { enableTotp { secret } }', {}],
    ['confirmTotp', 'mutation { confirmTotp(input: { code: "123456" }) { enabled } }', {}],
    ['enableSmsMfa', 'mutation { enableSmsMfa { codeSent } }', {}],
    ['confirmSmsMfa', 'mutation { confirmSmsMfa(input: { code: "123456" }) { enabled } }', {}],
    ['disableMfa', 'mutation { disableMfa(input: { password: "x" }) { disabled } }', {}],
    ['resendEmailConfirmation', 'mutation { resendEmailConfirmation { sent } }', {}],
  ])('refuses %s without a token', async (_name, query, variables) => {
    const response = await gql(query, variables);
    expect(codes(response)).toContain('UNAUTHENTICATED');
  });

  it("does not show another user's security settings, but shows them to the owner and an administrator", async () => {
    const query = /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { id emailConfirmed mfaMethods } } }`;
    const foreign = await gql(query, { r: [{ __typename: 'User', id: citizen.userId }] }, citizen2.token);
    expect(codes(foreign)).toContain('FORBIDDEN');
    expect(JSON.stringify(foreign.data ?? null)).not.toContain('emailConfirmed":true');
    const own = await gql('{ me { emailConfirmed mfaMethods } }', {}, citizen.token);
    expect(own.data?.me).toEqual({ emailConfirmed: true, mfaMethods: [] });
    const byAdmin = await gql('query ($id: ID!) { user(id: $id) { emailConfirmed } }', { id: citizen.userId }, admin.token);
    expect(byAdmin.data?.user).toEqual({ emailConfirmed: true });
  });
});

describe('sessions over GraphQL', () => {
  it('lists the own sessions with the current one marked, and never revokes another user\'s', async () => {
    const mine = await gql(MY_SESSIONS, {}, citizen2.token);
    expect(mine.errors).toBeUndefined();
    const current = mine.data?.mySessions.filter((s: { current: boolean }) => s.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ ipMasked: expect.stringMatching(/\.x$|::\/48$/), deviceLabel: expect.any(String) });

    const someoneElses = await gql(REVOKE, { input: { sessionId: current[0].id } }, citizen.token);
    expect(someoneElses.data?.revokeSession).toEqual({ revokedSessionId: null, userErrors: [{ field: 'sessionId', code: 'SESSION_NOT_FOUND' }] });
    const refreshed = await gql('mutation ($t: String!) { refreshToken(input: { refreshToken: $t }) { refreshToken userErrors { code } } }', { t: citizen2.refreshToken });
    expect(refreshed.data?.refreshToken.userErrors).toEqual([]);
    citizen2 = { ...citizen2, refreshToken: refreshed.data?.refreshToken.refreshToken };
  });

  it('revokes an own session so that its refresh token is refused', async () => {
    const user = await registerAndSignIn();
    const other = await gql(LOGIN_MFA, { input: { login: user.email, password: user.password, deviceName: 'Pixel 8' } });
    const listed = await gql(MY_SESSIONS, {}, user.token);
    const pixel = listed.data?.mySessions.find((s: { deviceLabel: string }) => s.deviceLabel === 'Pixel 8');
    expect(pixel).toMatchObject({ current: false });
    const revoked = await gql(REVOKE, { input: { sessionId: pixel.id } }, user.token);
    expect(revoked.data?.revokeSession).toEqual({ revokedSessionId: pixel.id, userErrors: [] });
    const refreshed = await gql('mutation ($t: String!) { refreshToken(input: { refreshToken: $t }) { userErrors { code } } }', { t: other.data?.login.refreshToken });
    expect(refreshed.data?.refreshToken.userErrors).toEqual([{ code: 'INVALID_REFRESH_TOKEN' }]);
    const bad = await gql(REVOKE, { input: { sessionId: 'nonsense' } }, user.token, 'en');
    expect(bad.data?.revokeSession.userErrors).toEqual([{ field: 'sessionId', code: 'SESSION_NOT_FOUND' }]);
  });
});

describe('email confirmation and password reset over GraphQL', () => {
  it('confirms the email with the code from the sandbox', async () => {
    const user = await registerAndSignIn();
    const code = await latestSandboxCode(pool, server.schema, user.email, 'EMAIL_CONFIRMATION');
    const anonymousWithoutEmail = await gql('mutation ($c: String!) { confirmEmail(input: { code: $c }) { confirmed userErrors { field code } } }', { c: code });
    expect(anonymousWithoutEmail.data?.confirmEmail).toEqual({ confirmed: false, userErrors: [{ field: 'email', code: 'EMAIL_REQUIRED' }] });
    const confirmed = await gql('mutation ($c: String!) { confirmEmail(input: { code: $c }) { confirmed userErrors { code } } }', { c: code }, user.token);
    expect(confirmed.data?.confirmEmail).toEqual({ confirmed: true, userErrors: [] });
    expect((await gql('{ me { emailConfirmed } }', {}, user.token)).data?.me).toEqual({ emailConfirmed: true });
  });

  it('answers a reset request the same for a known and an unknown login', async () => {
    const request = (login: string) => gql('mutation ($l: String!) { requestPasswordReset(input: { login: $l }) { accepted userErrors { code } } }', { l: login });
    const known = await request('citizen2@demo.gosuslugi.local');
    const unknown = await request('no-such-person@mail.ru');
    expect(known).toEqual(unknown);
    expect(known.data?.requestPasswordReset).toEqual({ accepted: true, userErrors: [] });
  });

  it('resets the password with the code and ends the sessions; a weak password stores nothing', async () => {
    const user = await registerAndSignIn();
    await gql('mutation ($l: String!) { requestPasswordReset(input: { login: $l }) { accepted } }', { l: user.email });
    const code = await latestSandboxCode(pool, server.schema, user.email, 'PASSWORD_RESET');
    const reset = (newPassword: string) =>
      gql('mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { success userErrors { field code message } } }', { i: { login: user.email, code, newPassword } }, undefined, 'en');
    const weak = await reset('short');
    expect(weak.data?.resetPassword).toMatchObject({ success: false, userErrors: [{ field: 'newPassword', code: 'WEAK_PASSWORD' }] });
    expect((await reset('Brand-New-Pass9!')).data?.resetPassword).toEqual({ success: true, userErrors: [] });
    const refreshed = await gql('mutation ($t: String!) { refreshToken(input: { refreshToken: $t }) { userErrors { code } } }', { t: user.refreshToken });
    expect(refreshed.data?.refreshToken.userErrors).toEqual([{ code: 'INVALID_REFRESH_TOKEN' }]);
    const again = await reset('Another-Pass9!');
    expect(again.data?.resetPassword.userErrors).toEqual([{ field: 'code', code: 'CODE_INVALID', message: 'Incorrect code' }]);
  });
});

describe('TOTP sign-in over GraphQL', () => {
  it('enables TOTP, asks a new device for the code, remembers it, and refuses a challenge answered by someone else', async () => {
    const user = await registerAndSignIn();
    const enabled = await gql('mutation { enableTotp { secret otpauthUri userErrors { code } } }', {}, user.token);
    const { secret } = enabled.data?.enableTotp;
    const confirmed = await gql('mutation ($c: String!) { confirmTotp(input: { code: $c }) { enabled recoveryCodes userErrors { code } } }', { c: await appCode(secret) }, user.token);
    expect(confirmed.data?.confirmTotp).toMatchObject({ enabled: true, userErrors: [] });
    expect(confirmed.data?.confirmTotp.recoveryCodes).toHaveLength(10);
    expect((await gql('{ me { mfaMethods } }', {}, user.token)).data?.me.mfaMethods).toEqual(['TOTP', 'RECOVERY_CODE']);

    const device = randomBytes(18).toString('base64url');
    const login = await gql(LOGIN_MFA, { input: { login: user.email, password: user.password, deviceId: device } });
    expect(login.data?.login).toMatchObject({ accessToken: null, refreshToken: null, userErrors: [], mfaChallenge: { methods: ['TOTP', 'RECOVERY_CODE'] } });
    const challengeId = login.data?.login.mfaChallenge.challengeId;

    // Someone else — signed in or not — cannot complete it with their own factor.
    const hijack = await gql(VERIFY, { input: { challengeId, method: 'RECOVERY_CODE', code: 'aaaaa-bbbbb' } }, citizen2.token);
    expect(hijack.data?.verifyMfa).toMatchObject({ accessToken: null, userErrors: [{ code: 'MFA_CODE_INVALID' }] });

    // The enrolment used the current step's code, which works only once: the app's next code does.
    const verified = await gql(VERIFY, { input: { challengeId, method: 'TOTP', code: await appCode(secret, 30) } });
    expect(verified.data?.verifyMfa).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), user: { id: user.userId }, userErrors: [] });

    const remembered = await gql(LOGIN_MFA, { input: { login: user.email, password: user.password, deviceId: device } });
    expect(remembered.data?.login).toMatchObject({ accessToken: expect.any(String), mfaChallenge: null });
  });
});

describe('the security event feed', () => {
  it('serves security events on /events with the internal token only', async () => {
    const url = server.url.replace('/graphql', '/events');
    expect((await fetch(url)).status).toBe(401);
    const response = await fetch(`${url}?after=0&limit=500`, { headers: { authorization: `Bearer ${DEVELOPMENT_EVENT_FEED_TOKEN}` } });
    expect(response.status).toBe(200);
    const { events } = (await response.json()) as { events: { type: string; source: string; payload: { requestId: string | null } }[] };
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.type.startsWith('security.') && e.source === 'identity')).toBe(true);
    expect(events.some((e) => e.type === 'security.login_succeeded')).toBe(true);
    // A request id from the request context (the kit makes one when the caller sent none).
    expect(events.every((e) => typeof e.payload.requestId === 'string' && e.payload.requestId.length > 0)).toBe(true);
    const rows = await outboxRows(pool, server.schema);
    expect(JSON.stringify(rows)).not.toMatch(/@mail\.ru|@demo\.gosuslugi\.local|\+79\d{9}|Strong-Pass1!|Demo-Password1!/);
  });

  it('journals a full read of the own documents once per request', async () => {
    const before = (await outboxRows(pool, server.schema)).filter((r) => r.type === 'security.document_viewed').length;
    const read = await gql('{ me { documents { snils inn passport { number } } a: documents { snils } } }', {}, citizen.token);
    expect(read.errors).toBeUndefined();
    const viewed = (await outboxRows(pool, server.schema)).filter((r) => r.type === 'security.document_viewed');
    expect(viewed.length).toBe(before + 1);
    expect(viewed[viewed.length - 1]).toMatchObject({ subject_type: 'Document', audience: { userIds: [citizen.userId] } });
    // An administrator sees them masked: that is not a full view.
    await gql('query ($id: ID!) { user(id: $id) { documents { snils } } }', { id: citizen.userId }, admin.token);
    expect((await outboxRows(pool, server.schema)).filter((r) => r.type === 'security.document_viewed').length).toBe(before + 1);
  });
});
