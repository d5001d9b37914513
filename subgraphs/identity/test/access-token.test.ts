import { createHash, createPublicKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { createTokenVerifier, TOKEN_AUDIENCE, TOKEN_ISSUER, type KeySource } from '@eco/kit';
import { AccessTokenIssuer } from '../src/auth/access-token-issuer';
import { generateSigningKeyPem, jwksDocument, localKeySource, signingKeyFromPem } from '../src/keys/signing-key';
import type { UserRecord } from '../src/users/users.service';
import { TestClock } from './support/test-services';

const key = signingKeyFromPem(generateSigningKeyPem());
const employee: UserRecord = {
  id: '6f1c1d8e-3c4b-4d7e-9a51-1f2e3d4c5b6a',
  lastName: 'Сидоров',
  firstName: 'Пётр',
  middleName: null,
  birthDate: new Date('1980-01-25T00:00:00Z'),
  email: 'employee@mail.ru',
  phone: '+79125550000',
  roles: ['EMPLOYEE'],
  departmentId: 'MVD',
  createdAt: new Date(),
  emailConfirmedAt: null,
  totpEnabledAt: null,
  smsMfaEnabledAt: null,
  sandbox: false,
};
const SESSION_ID = '0b8a5c1e-2f3d-4e5f-8a9b-0c1d2e3f4a5b';

const issuer = (clock = new TestClock(new Date())) => new AccessTokenIssuer(key, 900, clock.now);

/** Verifies through the published JWKS, as every other subgraph does. */
const jwksKeys: KeySource = async (kid) => {
  const jwk = jwksDocument(key).keys.find((k) => k.kid === kid);
  if (!jwk) throw new Error('unknown kid');
  return createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: 'jwk' });
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return String((error as { extensions?: { code?: string } }).extensions?.code);
  }
}

describe('access tokens', () => {
  it('carry exactly the kit claims, signed ES256 with the key thumbprint as kid', () => {
    const clock = new TestClock(new Date('2025-06-15T09:00:00Z'));
    const { token, expiresAt } = issuer(clock).issue(employee, SESSION_ID);
    const decoded = jwt.decode(token, { complete: true });
    expect(decoded?.header).toEqual({ alg: 'ES256', typ: 'JWT', kid: key.kid });
    const iat = Date.parse('2025-06-15T09:00:00Z') / 1000;
    expect(decoded?.payload).toEqual({
      sub: employee.id,
      roles: ['EMPLOYEE'],
      dep: 'MVD',
      sid: SESSION_ID,
      iss: TOKEN_ISSUER,
      aud: TOKEN_AUDIENCE,
      iat,
      exp: iat + 900,
    });
    expect(expiresAt.toISOString()).toBe('2025-06-15T09:15:00.000Z');
  });

  it('carry no department for non-employees', () => {
    const { token } = issuer().issue({ ...employee, roles: ['CITIZEN'], departmentId: 'MVD' }, SESSION_ID);
    expect(jwt.decode(token)).toMatchObject({ roles: ['CITIZEN'], dep: null });
  });

  it('use the RFC 7638 thumbprint as kid and publish only the public key', () => {
    const { x, y } = key.jwk;
    const expected = createHash('sha256').update(`{"crv":"P-256","kty":"EC","x":"${x}","y":"${y}"}`).digest('base64url');
    expect(key.kid).toBe(expected);
    expect(jwksDocument(key)).toEqual({ keys: [{ kty: 'EC', crv: 'P-256', x, y, kid: expected, alg: 'ES256', use: 'sig' }] });
    expect(JSON.stringify(jwksDocument(key))).not.toContain('"d"');
  });

  it.each([
    ['the local key source', localKeySource(key)],
    ['the JWKS', jwksKeys],
  ])('verify with the kit verifier through %s', async (_label, keySource) => {
    const { token } = issuer().issue(employee, SESSION_ID);
    const viewer = await createTokenVerifier(keySource).viewerFromAuthorization(`Bearer ${token}`);
    expect(viewer).toEqual({ userId: employee.id, roles: ['EMPLOYEE'], departmentId: 'MVD', scopes: [], clientId: null, keyType: null, sandbox: false, token });
  });

  it("tell a sandbox citizen's token by its sandbox claim", async () => {
    const { token } = issuer().issue({ ...employee, roles: ['CITIZEN'], departmentId: null, sandbox: true }, SESSION_ID);
    expect(jwt.decode(token)).toMatchObject({ sandbox: true });
    expect(jwt.decode(issuer().issue(employee, SESSION_ID).token)).not.toHaveProperty('sandbox');
    const viewer = await createTokenVerifier(localKeySource(key)).viewerFromAuthorization(`Bearer ${token}`);
    expect(viewer.sandbox).toBe(true);
  });

  it('are refused once expired (issued by a clock an hour back)', async () => {
    const past = new TestClock(new Date(Date.now() - 60 * 60 * 1000));
    const { token } = issuer(past).issue(employee, SESSION_ID);
    const verifier = createTokenVerifier(localKeySource(key));
    await expect(verifier.viewerFromAuthorization(`Bearer ${token}`)).rejects.toThrow('Access token expired');
  });

  it('are refused with a tampered payload or signature', async () => {
    const { token } = issuer().issue(employee, SESSION_ID);
    const [header, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...(jwt.decode(token) as object), roles: ['ADMIN'] }),
    ).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const verifier = createTokenVerifier(localKeySource(key));
    expect(await codeOf(verifier.viewerFromAuthorization(`Bearer ${header}.${forgedPayload}.${signature}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.viewerFromAuthorization(`Bearer ${header}.${payload}.${flipped}`))).toBe('UNAUTHENTICATED');
  });

  it('are refused from another issuer or audience, or signed by another key', async () => {
    const verifier = createTokenVerifier(localKeySource(key));
    const claims = { sub: employee.id, roles: ['ADMIN'] };
    const sign = (options: jwt.SignOptions, signingKey = key.privateKey) =>
      jwt.sign(claims, signingKey, { algorithm: 'ES256', keyid: key.kid, expiresIn: 60, ...options });
    expect(await codeOf(verifier.viewerFromAuthorization(`Bearer ${sign({ issuer: 'evil', audience: TOKEN_AUDIENCE })}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.viewerFromAuthorization(`Bearer ${sign({ issuer: TOKEN_ISSUER, audience: 'other' })}`))).toBe('UNAUTHENTICATED');
    const stranger = signingKeyFromPem(generateSigningKeyPem());
    const foreign = sign({ issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE }, stranger.privateKey);
    expect(await codeOf(verifier.viewerFromAuthorization(`Bearer ${foreign}`))).toBe('UNAUTHENTICATED');
    // And the control: the same claims signed properly pass.
    expect(await codeOf(verifier.viewerFromAuthorization(`Bearer ${sign({ issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE })}`))).toBe('OK');
  });
});
