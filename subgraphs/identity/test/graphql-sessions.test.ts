import { createTokenVerifier, jwksKeySource } from '@eco/kit';
import { codes, LOGIN, startTestServer, type SignedInUser, type TestServer } from './support/test-server';

let server: TestServer;
let citizen2: SignedInUser;
let admin: SignedInUser;
const gql: TestServer['gql'] = (...args) => server.gql(...args);

beforeAll(async () => {
  server = await startTestServer();
  citizen2 = await server.signIn('citizen2@demo.gosuslugi.local');
  admin = await server.signIn('admin@demo.gosuslugi.local');
}, 30_000);

afterAll(() => server?.stop());

describe('identity over GraphQL: accounts and sessions', () => {
  it('registers anonymously and reports problems as localized userErrors', async () => {
    const mutation = /* GraphQL */ `
      mutation ($input: RegisterInput!) { register(input: $input) { user { id email phone roles } userErrors { field code message } } }
    `;
    const input = {
      lastName: 'Новиков', firstName: 'Олег', birthDate: '1995-02-03',
      email: 'Oleg@Mail.ru', phone: '8 912 777-66-55', password: 'Strong-Pass1!',
    };
    const created = await gql(mutation, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data?.register).toMatchObject({
      user: { email: 'oleg@mail.ru', phone: '+79127776655', roles: ['CITIZEN'] },
      userErrors: [],
    });

    const again = await gql(mutation, { input: { ...input, password: 'weak' } }, undefined, 'en');
    expect(again.data?.register).toEqual({
      user: null,
      userErrors: [
        { field: 'password', code: 'WEAK_PASSWORD', message: expect.stringMatching(/at least 8 characters/) },
        { field: 'email', code: 'EMAIL_TAKEN', message: 'An account with this email address already exists' },
        { field: 'phone', code: 'PHONE_TAKEN', message: 'An account with this phone number already exists' },
      ],
    });
  });

  it('signs in with the same error for a wrong password and an unknown login', async () => {
    const wrong = await gql(LOGIN, { input: { login: 'citizen2@demo.gosuslugi.local', password: 'Wrong-Pass1!' } });
    const unknown = await gql(LOGIN, { input: { login: 'nobody@demo.gosuslugi.local', password: 'Wrong-Pass1!' } });
    expect(wrong.data?.login).toEqual(unknown.data?.login);
    expect(wrong.data?.login).toMatchObject({ accessToken: null, userErrors: [{ field: null, code: 'INVALID_CREDENTIALS' }] });
  });

  it('stores documents for the signed-in user and refuses anonymous callers', async () => {
    const mutation = 'mutation ($input: SetSnilsInput!) { setSnils(input: $input) { user { documents { snils } } userErrors { field code } } }';
    expect(codes(await gql(mutation, { input: { snils: '112-233-445 95' } }))).toEqual(['UNAUTHENTICATED']);
    const taken = await gql(mutation, { input: { snils: '15723609874' } }, citizen2.token);
    expect(taken.data?.setSnils).toEqual({ user: null, userErrors: [{ field: 'snils', code: 'SNILS_TAKEN' }] });
    const stored = await gql(mutation, { input: { snils: '11223344595' } }, citizen2.token);
    expect(stored.data?.setSnils).toEqual({ user: { documents: { snils: '112-233-445 95' } }, userErrors: [] });
  });

  it('rotates and revokes refresh tokens', async () => {
    const session = await server.signIn('citizen2@demo.gosuslugi.local');
    const refresh = 'mutation ($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken refreshToken userErrors { code } } }';
    const rotated = (await gql(refresh, { t: session.refreshToken })).data?.refreshToken;
    expect(rotated.userErrors).toEqual([]);
    expect((await gql(refresh, { t: session.refreshToken })).data?.refreshToken.userErrors).toEqual([{ code: 'REFRESH_TOKEN_REUSED' }]);

    const next = await server.signIn('citizen2@demo.gosuslugi.local');
    const logout = 'mutation ($t: String!) { logout(input: { refreshToken: $t }) { success userErrors { code } } }';
    expect(codes(await gql(logout, { t: next.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    expect((await gql(logout, { t: next.refreshToken }, next.token)).data?.logout).toEqual({ success: true, userErrors: [] });
    expect((await gql(refresh, { t: next.refreshToken })).data?.refreshToken.userErrors).toEqual([{ code: 'INVALID_REFRESH_TOKEN' }]);
  });

  it('publishes a JWKS that other subgraphs verify tokens with', async () => {
    const jwks = (await (await fetch(server.jwksUrl)).json()) as { keys: unknown[] };
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' })]);
    const viewer = await createTokenVerifier(jwksKeySource(server.jwksUrl)).viewerFromAuthorization(`Bearer ${admin.token}`);
    expect(viewer).toMatchObject({ userId: admin.userId, roles: ['ADMIN'] });
  });

  it('serves health and readiness probes', async () => {
    const base = server.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready', service: 'identity' });
  });
});
