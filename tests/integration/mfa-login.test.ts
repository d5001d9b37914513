import { randomBytes } from 'node:crypto';
import { sandboxCode, totpCode } from '../support/authenticator';
import { queryStackDatabase } from '../support/database';
import { errorCodes, gatewayUrl, graphql } from '../support/graphql-client';

/* Two-factor sign-in through the gateway: a new citizen confirms the email, turns on TOTP, and a
   sign-in from a new device must answer a challenge; codes are read from identity's sandbox. */

const LOGIN = /* GraphQL */ `
  mutation ($input: LoginInput!) {
    login(input: $input) { accessToken refreshToken mfaChallenge { challengeId methods expiresAt } userErrors { field code } }
  }
`;
const VERIFY = /* GraphQL */ `
  mutation ($input: VerifyMfaInput!) { verifyMfa(input: $input) { accessToken refreshToken user { id email } userErrors { field code } } }
`;

describe('two-factor sign-in through the gateway', () => {
  const suffix = `${Date.now() % 10_000_000}`.padStart(7, '0');
  const email = `mfa-${suffix}@mail.ru`;
  const phone = `+7916${suffix}`;
  const password = 'Mfa-Strong-Pass1!';
  let token: string;
  let userId: string;
  let secret: string;
  let recoveryCodes: string[];

  beforeAll(async () => {
    const registered = await graphql(gatewayUrl(), /* GraphQL */ `
      mutation ($input: RegisterInput!) { register(input: $input) { user { id } userErrors { code } } }
    `, { input: { lastName: 'Орлова', firstName: 'Нина', birthDate: '1991-07-07', email, phone, password } });
    expect(registered.data?.register.userErrors).toEqual([]);
    userId = registered.data?.register.user.id;
    const login = await graphql(gatewayUrl(), LOGIN, { input: { login: email, password } });
    token = login.data?.login.accessToken;
    expect(token).toEqual(expect.any(String));
  });

  it('confirms the email with the code the sandbox received', async () => {
    const before = await graphql(gatewayUrl(), '{ me { emailConfirmed } }', {}, { token });
    expect(before.data?.me).toEqual({ emailConfirmed: false });
    const code = await sandboxCode(email, 'EMAIL_CONFIRMATION');
    const confirmed = await graphql(gatewayUrl(), 'mutation ($c: String!) { confirmEmail(input: { code: $c }) { confirmed userErrors { code } } }', { c: code }, { token });
    expect(confirmed.data?.confirmEmail).toEqual({ confirmed: true, userErrors: [] });
    expect((await graphql(gatewayUrl(), '{ me { emailConfirmed } }', {}, { token })).data?.me).toEqual({ emailConfirmed: true });
  });

  it('turns TOTP on with a code from the app and hands out recovery codes once', async () => {
    const started = await graphql(gatewayUrl(), 'mutation { enableTotp { secret otpauthUri userErrors { code } } }', {}, { token });
    expect(started.data?.enableTotp).toMatchObject({ otpauthUri: expect.stringMatching(/^otpauth:\/\/totp\//), userErrors: [] });
    secret = started.data?.enableTotp.secret;
    const wrongCode = String((Number(await totpCode(secret)) + 500_000) % 1_000_000).padStart(6, '0');
    const refused = await graphql(gatewayUrl(), 'mutation ($c: String!) { confirmTotp(input: { code: $c }) { enabled userErrors { code } } }', { c: wrongCode }, { token });
    expect(refused.data?.confirmTotp).toEqual({ enabled: false, userErrors: [{ code: 'MFA_CODE_INVALID' }] });
    const confirmed = await graphql(gatewayUrl(), 'mutation ($c: String!) { confirmTotp(input: { code: $c }) { enabled recoveryCodes userErrors { code } } }', { c: await totpCode(secret) }, { token });
    expect(confirmed.data?.confirmTotp).toMatchObject({ enabled: true, userErrors: [] });
    recoveryCodes = confirmed.data?.confirmTotp.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
  });

  it('asks a new device for the second factor, gives tokens for the right code, and remembers the device', async () => {
    const deviceId = randomBytes(24).toString('base64url');
    const first = await graphql(gatewayUrl(), LOGIN, { input: { login: email, password, deviceId, deviceName: 'Integration laptop' } });
    expect(first.data?.login).toMatchObject({ accessToken: null, refreshToken: null, userErrors: [], mfaChallenge: { methods: ['TOTP', 'RECOVERY_CODE'] } });
    const challengeId = first.data?.login.mfaChallenge.challengeId;

    const wrong = await graphql(gatewayUrl(), VERIFY, { input: { challengeId, method: 'TOTP', code: '000000' } });
    expect(wrong.data?.verifyMfa).toMatchObject({ accessToken: null, userErrors: [{ code: 'MFA_CODE_INVALID' }] });
    // The current step's code was spent on enrolment; the app's next one is accepted (clock drift window).
    const verified = await graphql(gatewayUrl(), VERIFY, { input: { challengeId, method: 'TOTP', code: await totpCode(secret, 30) } });
    expect(verified.data?.verifyMfa).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), user: { id: userId, email }, userErrors: [] });

    const me = await graphql(gatewayUrl(), '{ me { id mfaMethods } mySessions { deviceLabel current } }', {}, { token: verified.data?.verifyMfa.accessToken });
    expect(me.data?.me).toEqual({ id: userId, mfaMethods: ['TOTP', 'RECOVERY_CODE'] });
    expect(me.data?.mySessions).toEqual(expect.arrayContaining([{ deviceLabel: 'Integration laptop', current: true }]));

    const again = await graphql(gatewayUrl(), LOGIN, { input: { login: email, password, deviceId } });
    expect(again.data?.login).toMatchObject({ accessToken: expect.any(String), mfaChallenge: null });
    const elsewhere = await graphql(gatewayUrl(), LOGIN, { input: { login: email, password, deviceId: randomBytes(24).toString('base64url') } });
    expect(elsewhere.data?.login.mfaChallenge).not.toBeNull();
  });

  it('accepts a recovery code once and never for another account', async () => {
    const challenge = async () => (await graphql(gatewayUrl(), LOGIN, { input: { login: email, password } })).data?.login.mfaChallenge.challengeId;
    const used = await graphql(gatewayUrl(), VERIFY, { input: { challengeId: await challenge(), method: 'RECOVERY_CODE', code: recoveryCodes[0] } });
    expect(used.data?.verifyMfa.userErrors).toEqual([]);
    const reused = await graphql(gatewayUrl(), VERIFY, { input: { challengeId: await challenge(), method: 'RECOVERY_CODE', code: recoveryCodes[0] } });
    expect(reused.data?.verifyMfa).toMatchObject({ accessToken: null, userErrors: [{ code: 'MFA_CODE_INVALID' }] });
  });

  it('refuses the MFA settings and session operations to anonymous callers', async () => {
    for (const query of ['mutation { enableTotp { secret } }', '{ mySessions { id } }', 'mutation { revokeOtherSessions { revokedSessionIds } }']) {
      expect(errorCodes(await graphql(gatewayUrl(), query))).toContain('UNAUTHENTICATED');
    }
  });

  it('journals the sign-in with ids only: no email, phone, code or password in identity.outbox_event', async () => {
    const rows = await queryStackDatabase<{ type: string; payload: unknown; audience: unknown }>(
      `SELECT type, payload, audience FROM identity.outbox_event WHERE audience->'userIds' ? $1 ORDER BY seq`,
      [userId],
    );
    const types = rows.map((row) => row.type);
    expect(types).toEqual(expect.arrayContaining([
      'security.email_confirmed', 'security.mfa_enabled', 'security.mfa_challenge_issued', 'security.mfa_failed', 'security.mfa_verified', 'security.login_succeeded',
    ]));
    const text = JSON.stringify(rows);
    for (const secretText of [email, phone, password, secret, recoveryCodes[0]]) expect(text).not.toContain(secretText);
  });
});
