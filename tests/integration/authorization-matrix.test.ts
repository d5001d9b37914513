import { randomUUID } from 'node:crypto';
import { ADMIN, DEMO_PASSWORD, EMPLOYEE_GIBDD, EMPLOYEE_MINPROS, EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { isRefused, rootFieldProbes } from '../support/authorization-probe';
import { gatewayUrl, graphql, subgraphUrl } from '../support/graphql-client';
import { EXPECTED_ACCESS, type Actor } from './authorization-matrix.expected';

/*
 * Every query and mutation of the composed API × every kind of caller → allowed or refused, as
 * the table in authorization-matrix.expected.ts says. A new root field fails this test until it
 * is given a row: nothing reaches the API without someone deciding who may call it.
 * Ownership (another person's record by id, `_entities` straight to a subgraph) is proven in
 * zero-trust.test.ts and each subgraph's own tests; here every id points nowhere.
 */

/** Mutations that would change a shared demo account for the rest of the run: probed only as throwaway citizens, anonymous and API clients. */
const ACCOUNT_CHANGING = new Set(['Mutation.revokeOtherSessions', 'Mutation.registerApiClient', 'Mutation.enableTotp', 'Mutation.enableSmsMfa', 'Mutation.resendEmailConfirmation', 'Mutation.logout']);

async function freshCitizen(): Promise<string> {
  const email = `matrix-${randomUUID().slice(0, 8)}@example.ru`;
  const phone = `+7999${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
  const response = await graphql(
    gatewayUrl(),
    'mutation ($i: RegisterInput!) { register(input: $i) { userErrors { code } } }',
    { i: { lastName: 'Проверкина', firstName: 'Анна', birthDate: '1985-05-05', email, phone, password: DEMO_PASSWORD } },
  );
  expect(response.data?.register.userErrors).toEqual([]);
  return (await loginAs(gatewayUrl(), email)).token;
}

async function apiClientToken(ownerToken: string, scopes: string[]): Promise<string> {
  const registered = await graphql(
    gatewayUrl(),
    'mutation ($i: RegisterApiClientInput!) { registerApiClient(input: $i) { apiClient { clientId } clientSecret userErrors { code } } }',
    { i: { name: `matrix ${scopes.join(' ')}`, scopes, keyType: 'TEST' } },
    { token: ownerToken },
  );
  const { apiClient, clientSecret } = registered.data?.registerApiClient ?? {};
  expect(clientSecret).toBeTruthy();
  const response = await fetch(subgraphUrl('identity').replace(/\/graphql$/, '/oauth/token'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${apiClient.clientId}:${clientSecret}`).toString('base64')}` },
    body: 'grant_type=client_credentials',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('the authorization matrix: every root field × every kind of caller', () => {
  const tokens: Partial<Record<Actor, string | undefined>> = {};
  const probes = rootFieldProbes();

  beforeAll(async () => {
    tokens.anonymous = undefined;
    tokens.citizen = await freshCitizen();
    tokens.otherCitizen = await freshCitizen();
    tokens.employee = (await loginAs(gatewayUrl(), EMPLOYEE_MVD)).token;
    tokens.gibddEmployee = (await loginAs(gatewayUrl(), EMPLOYEE_GIBDD)).token;
    tokens.educationEmployee = (await loginAs(gatewayUrl(), EMPLOYEE_MINPROS)).token;
    tokens.admin = (await loginAs(gatewayUrl(), ADMIN)).token;
    tokens.catalogClient = await apiClientToken(tokens.otherCitizen, ['catalog:read']);
    tokens.statsClient = await apiClientToken(tokens.otherCitizen, ['stats:read']);
  }, 120_000);

  it('has a row for every root field, and no row for a field that is gone', () => {
    const names = probes.map((probe) => probe.name).sort();
    expect(Object.keys(EXPECTED_ACCESS).sort()).toEqual(names);
  });

  it('allows exactly the callers each row names', async () => {
    const actors = Object.keys(tokens) as Actor[];
    const observed: Record<string, Actor[]> = {};
    for (const probe of probes) {
      const allowed: Actor[] = [];
      for (const actor of actors) {
        const people = actor === 'employee' || actor === 'gibddEmployee' || actor === 'educationEmployee' || actor === 'admin';
        // An account-changing mutation is taken as its row says for shared demo accounts.
        if (ACCOUNT_CHANGING.has(probe.name) && people) {
          if (EXPECTED_ACCESS[probe.name]?.includes(actor)) allowed.push(actor);
          continue;
        }
        if (!(await isRefused(gatewayUrl(), probe, tokens[actor]))) allowed.push(actor);
      }
      observed[probe.name] = allowed;
    }
    if (process.env.PRINT_AUTHORIZATION_MATRIX) console.log(JSON.stringify(observed, null, 1));
    expect(observed).toEqual(EXPECTED_ACCESS);
  }, 600_000);
});
