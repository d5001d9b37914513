import { graphql } from './graphql-client';

/** The seeded demo accounts (subgraphs/identity/src/seed.ts); all share one password. */
export const DEMO_PASSWORD = 'Demo-Password1!';
export const CITIZEN = 'citizen@demo.gosuslugi.local';
export const CITIZEN_2 = 'citizen2@demo.gosuslugi.local';
export const EMPLOYEE_MVD = 'employee.mvd@demo.gosuslugi.local';
export const EMPLOYEE_GIBDD = 'employee.gibdd@demo.gosuslugi.local';
export const EMPLOYEE_MINPROS = 'employee.minpros@demo.gosuslugi.local';
export const ADMIN = 'admin@demo.gosuslugi.local';
/** ORG_REPRESENTATIVE of the demo organisation: may hold LIVE keys with webhooks:manage. */
export const ORG_REPRESENTATIVE = 'org@demo.gosuslugi.local';
/** Sandbox (test) citizens: what they file is test data, delivered to TEST keys' webhooks only. */
export const SANDBOX_CITIZEN = 'test.citizen@sandbox.gosuslugi.local';
export const SANDBOX_CITIZEN_2 = 'test.citizen2@sandbox.gosuslugi.local';

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
      user { id email }
      userErrors { field message code }
    }
  }
`;

export async function loginAs(url: string, login: string, password = DEMO_PASSWORD): Promise<{ token: string; userId: string; refreshToken: string }> {
  const response = await graphql(url, LOGIN, { input: { login, password } });
  const payload = response.data?.login;
  if (!payload?.accessToken) throw new Error(`login ${login} failed: ${JSON.stringify(response.errors ?? payload?.userErrors)}`);
  return { token: payload.accessToken, userId: payload.user.id, refreshToken: payload.refreshToken };
}

/**
 * A citizen of the test's own: scenarios that send mutations blindly (corpora, probes) must not
 * change the demo accounts other scenarios count on.
 */
export async function registerCitizen(url: string): Promise<{ token: string; userId: string; email: string }> {
  const suffix = `${Date.now()}${Math.floor(Math.random() * 1_000)}`.slice(-7);
  const email = `citizen-${suffix}@test.gosuslugi.local`;
  const registered = await graphql(
    url,
    'mutation ($input: RegisterInput!) { register(input: $input) { user { id } userErrors { code } } }',
    { input: { lastName: 'Проверкин', firstName: 'Тест', birthDate: '1990-05-17', email, phone: `+7916${suffix}`, password: DEMO_PASSWORD } },
  );
  if (!registered.data?.register?.user) throw new Error(`register failed: ${JSON.stringify(registered.errors ?? registered.data?.register?.userErrors)}`);
  const { token, userId } = await loginAs(url, email);
  return { token, userId, email };
}

/**
 * A third-party API client of `owner` with a TEST (by default) or LIVE key and these scopes, and
 * its access token, exchanged at /oauth/token on the gateway's origin.
 */
export async function apiClientToken(url: string, ownerToken: string, scopes: string[], keyType: 'TEST' | 'LIVE' = 'TEST'): Promise<string> {
  const registered = await graphql(
    url,
    'mutation ($input: RegisterApiClientInput!) { registerApiClient(input: $input) { apiClient { clientId } clientSecret userErrors { code } } }',
    { input: { name: `Тестовое приложение ${scopes.join('+')}`, scopes, keyType } },
    { token: ownerToken },
  );
  const payload = registered.data?.registerApiClient;
  if (!payload?.apiClient) throw new Error(`registerApiClient failed: ${JSON.stringify(registered.errors ?? payload?.userErrors)}`);
  const response = await fetch(new URL('/oauth/token', url), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${payload.apiClient.clientId}:${payload.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`token exchange failed: ${response.status}`);
  return body.access_token;
}
