import jwt from 'jsonwebtoken';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../src/auth/access-token-claims';
import { createTokenVerifier } from '../src/auth/token-verifier';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const keys: Record<string, KeyObject> = { current: publicKey };
const verifier = createTokenVerifier(async (kid) => {
  const key = kid ? keys[kid] : undefined;
  if (!key) throw new Error('unknown kid');
  return key;
});

function sign(claims: object, options: jwt.SignOptions = {}, key: KeyObject = privateKey) {
  return jwt.sign(claims, key, { algorithm: 'ES256', keyid: 'current', issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, expiresIn: 60, ...options });
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { extensions?: { code?: string } }) => error.extensions?.code,
  );

describe('access token verification', () => {
  it('is anonymous without a header', async () => {
    expect(await verifier.viewerFromAuthorization(undefined)).toMatchObject({ userId: null, roles: [] });
  });

  it('turns valid claims into a viewer', async () => {
    const token = sign({ sub: 'u1', roles: ['EMPLOYEE'], dep: 'MVD', scope: 'catalog:read applications:read' });
    expect(await verifier.viewerFromAuthorization(`Bearer ${token}`)).toEqual({
      userId: 'u1',
      roles: ['EMPLOYEE'],
      departmentId: 'MVD',
      scopes: ['catalog:read', 'applications:read'],
      token,
      clientId: null,
      keyType: null,
      sandbox: false,
    });
  });

  it("reads a sandbox citizen's claim, and never grants it to an API client", async () => {
    const citizen = sign({ sub: 'u2', roles: ['CITIZEN'], sandbox: true });
    expect((await verifier.viewerFromAuthorization(`Bearer ${citizen}`)).sandbox).toBe(true);
    const client = sign({ sub: 'c1', roles: [], cid: 'eco_x', kt: 'TEST', scope: 'catalog:read', sandbox: true });
    expect((await verifier.viewerFromAuthorization(`Bearer ${client}`)).sandbox).toBe(false);
  });

  it.each([
    ['an expired token', () => sign({ sub: 'u1', roles: [] }, { expiresIn: -10 })],
    ['a foreign issuer', () => sign({ sub: 'u1', roles: [] }, { issuer: 'someone-else' })],
    ['a foreign audience', () => sign({ sub: 'u1', roles: [] }, { audience: 'other-api' })],
    ['a signature by another key', () => sign({ sub: 'u1', roles: [] }, {}, other.privateKey)],
    ['an unknown key id', () => sign({ sub: 'u1', roles: [] }, { keyid: 'rotated-away' })],
    ['an HS256 token', () => jwt.sign({ sub: 'u1' }, 'secret', { algorithm: 'HS256', keyid: 'current', issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE })],
    ['garbage', () => 'not.a.token'],
  ])('refuses %s with UNAUTHENTICATED', async (_name, token) => {
    expect(await codeOf(verifier.viewerFromAuthorization(`Bearer ${token()}`))).toBe('UNAUTHENTICATED');
  });

  it('refuses a header that is not a bearer token', async () => {
    expect(await codeOf(verifier.viewerFromAuthorization('Basic dXNlcjpwYXNz'))).toBe('UNAUTHENTICATED');
  });
});
