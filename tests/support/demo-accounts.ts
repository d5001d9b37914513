import { graphql } from './graphql-client';

/** The seeded demo accounts (subgraphs/identity/src/seed.ts); all share one password. */
export const DEMO_PASSWORD = 'Demo-Password1!';
export const CITIZEN = 'citizen@demo.gosuslugi.local';
export const CITIZEN_2 = 'citizen2@demo.gosuslugi.local';
export const EMPLOYEE_MVD = 'employee.mvd@demo.gosuslugi.local';
export const EMPLOYEE_GIBDD = 'employee.gibdd@demo.gosuslugi.local';
export const EMPLOYEE_MINPROS = 'employee.minpros@demo.gosuslugi.local';
export const ADMIN = 'admin@demo.gosuslugi.local';

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
