import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import jwt from 'jsonwebtoken';
import { generateKeyPairSync } from 'node:crypto';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../src/auth/access-token-claims';
import { applyMiddleware } from 'graphql-middleware';
import { createTokenVerifier } from '../src/auth/token-verifier';
import { ANONYMOUS, type Viewer } from '../src/auth/viewer';
import { hasScope, isApiClient, isAuthenticated, isCitizen, openUnlessApiClientWithout, permissionShield } from '../src/permissions/rules';
import { TestTokens, testClientViewer, testViewer } from '../src/testing/test-tokens';

const tokens = new TestTokens();
const verifier = createTokenVerifier(tokens.keySource);
const CLIENT_UUID = '6f1d2c1e-0000-4000-8000-000000000001';
const USER_ID = '6f1d2c1e-0000-4000-8000-000000000002';

describe('API client tokens in the viewer', () => {
  it('carries the client id, key type and scopes, with no roles', async () => {
    const token = tokens.signClient(CLIENT_UUID, 'eco_ci_abc', ['catalog:read', 'stats:read'], 'TEST');
    expect(await verifier.viewerFromAuthorization(`Bearer ${token}`)).toEqual({
      userId: CLIENT_UUID,
      roles: [],
      departmentId: null,
      scopes: ['catalog:read', 'stats:read'],
      token,
      clientId: 'eco_ci_abc',
      keyType: 'TEST',
      sandbox: false,
    });
  });

  it('strips roles and department a client token claims, and refuses an unknown key type', async () => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const own = createTokenVerifier(async () => keys.publicKey);
    const sign = (claims: object) => jwt.sign(claims, keys.privateKey, { algorithm: 'ES256', issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, expiresIn: 60 });
    const viewer = await own.viewerFromAuthorization(`Bearer ${sign({ sub: CLIENT_UUID, roles: ['ADMIN'], dep: 'MVD', cid: 'eco_ci_x', kt: 'LIVE', scope: 'catalog:read' })}`);
    expect(viewer).toMatchObject({ roles: [], departmentId: null, clientId: 'eco_ci_x', keyType: 'LIVE' });
    await expect(own.viewerFromAuthorization(`Bearer ${sign({ sub: CLIENT_UUID, roles: [], cid: 'eco_ci_x', kt: 'PROD' })}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('gives people null client fields, and anonymous too', async () => {
    const viewer = await verifier.viewerFromAuthorization(`Bearer ${tokens.sign(USER_ID)}`);
    expect(viewer).toMatchObject({ userId: USER_ID, clientId: null, keyType: null, scopes: [] });
    expect(ANONYMOUS).toMatchObject({ clientId: null, keyType: null });
    expect(testViewer(USER_ID)).toMatchObject({ clientId: null, keyType: null });
  });
});

describe('kit rules for API clients', () => {
  const sdl = /* GraphQL */ `
    type Query {
      me: String
      citizenOnly: String
      catalogue: String
      webhooks: String
      anyClient: String
      _service: String
      _entities: String
    }
    type _Service { sdl: String }
  `;
  let schema: GraphQLSchema;
  beforeAll(() => {
    const base = buildSchema(sdl);
    for (const field of Object.values(base.getQueryType()!.getFields())) field.resolve = () => 'ok';
    schema = applyMiddleware(
      base,
      permissionShield(
        {
          Query: {
            me: isAuthenticated,
            citizenOnly: isCitizen,
            catalogue: openUnlessApiClientWithout('catalog:read'),
            webhooks: hasScope('webhooks:manage'),
            anyClient: isApiClient,
          },
        },
        (name) => Boolean(base.getType(name)),
      ),
    );
  });

  async function ask(viewer: Viewer, field: string): Promise<string> {
    const result = await graphql({ schema, source: `{ ${field} }`, contextValue: { viewer } });
    return result.errors ? String(result.errors[0].extensions.code) : String(result.data?.[field]);
  }

  const withCatalog = testClientViewer(CLIENT_UUID, 'eco_ci_a', ['catalog:read']);
  const withWebhooks = testClientViewer(CLIENT_UUID, 'eco_ci_b', ['webhooks:manage']);
  const citizen = testViewer(USER_ID, ['CITIZEN']);

  it.each([
    ['an API client is not a signed-in person', withCatalog, 'me', 'FORBIDDEN'],
    ['an API client is not a citizen', withCatalog, 'citizenOnly', 'FORBIDDEN'],
    ['a citizen is signed in', citizen, 'me', 'ok'],
    ['anonymous reads the open catalogue', ANONYMOUS, 'catalogue', 'ok'],
    ['a citizen reads the open catalogue', citizen, 'catalogue', 'ok'],
    ['a client with catalog:read reads it', withCatalog, 'catalogue', 'ok'],
    ['a client without catalog:read is refused', withWebhooks, 'catalogue', 'FORBIDDEN'],
    ['hasScope opens for a client with the scope', withWebhooks, 'webhooks', 'ok'],
    ['hasScope refuses a client without it', withCatalog, 'webhooks', 'FORBIDDEN'],
    ['hasScope refuses a person', citizen, 'webhooks', 'FORBIDDEN'],
    ['hasScope asks anonymous to authenticate', ANONYMOUS, 'webhooks', 'UNAUTHENTICATED'],
    ['isApiClient opens for any client', withCatalog, 'anyClient', 'ok'],
    ['isApiClient refuses a person', citizen, 'anyClient', 'FORBIDDEN'],
  ])('%s', async (_name, viewer, field, expected) => {
    expect(await ask(viewer, field)).toBe(expected);
  });
});
