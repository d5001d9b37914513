import { TestTokens } from '@eco/kit';
import { CITIZEN, CITIZEN_2, loginAs } from '../support/demo-accounts';
import { gatewayUrl, graphql, subgraphUrl, type GraphQLResponse } from '../support/graphql-client';

/**
 * Zero trust: a subgraph reached directly, past the gateway, grants nothing more than the
 * gateway would. Each one verifies the token itself, and its rules hold for `_entities` too —
 * which is how anyone who can reach a subgraph would ask for someone else's records.
 */

interface Records {
  userId: string;
  applicationId: string;
  fineId: string;
  taxId: string;
  invoiceId: string | null;
  kindergartenApplicationId: string | null;
  childId: string | null;
}

async function citizensRecords(token: string): Promise<Records> {
  const response = await graphql(
    gatewayUrl(),
    /* GraphQL */ `{
      me {
        id
        applications(first: 1) { edges { node { id invoice { id } } } }
        fines(first: 1) { edges { node { id } } }
        taxes(first: 1) { edges { node { id } } }
        kindergartenApplications(first: 1) { edges { node { id } } }
        children { id }
      }
    }`,
    {},
    { token },
  );
  expect(response.errors).toBeUndefined();
  const me = response.data?.me;
  return {
    userId: me.id,
    applicationId: me.applications.edges[0].node.id,
    invoiceId: me.applications.edges.find((e: { node: { invoice: { id: string } | null } }) => e.node.invoice)?.node.invoice.id ?? null,
    fineId: me.fines.edges[0].node.id,
    taxId: me.taxes.edges[0].node.id,
    kindergartenApplicationId: me.kindergartenApplications.edges[0]?.node.id ?? null,
    childId: me.children[0]?.id ?? null,
  };
}

/** `_entities` straight to one subgraph, as someone who bypasses the gateway would send it. */
function entities(subgraph: string, representation: Record<string, string>, selection: string, token?: string) {
  return graphql(
    subgraphUrl(subgraph),
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${representation.__typename} { ${selection} } } }`,
    { r: [representation] },
    { token },
  );
}

const refused = (response: GraphQLResponse) => ({
  data: response.data?._entities?.[0] ?? null,
  codes: (response.errors ?? []).map((error) => error.extensions?.code),
});

describe('zero trust: a subgraph called directly grants nothing more than through the gateway', () => {
  let owner: Records;
  let ownerToken: string;
  let otherToken: string;

  beforeAll(async () => {
    ownerToken = (await loginAs(gatewayUrl(), CITIZEN)).token;
    otherToken = (await loginAs(gatewayUrl(), CITIZEN_2)).token;
    owner = await citizensRecords(ownerToken);
  });

  it("refuses another citizen's records asked by representation, in every subgraph that holds them", async () => {
    const probes: [string, Record<string, string>, string][] = [
      ['identity', { __typename: 'User', id: owner.userId }, 'email phone documents { snils }'],
      ['applications', { __typename: 'Application', id: owner.applicationId }, 'number formData'],
      ['applications', { __typename: 'User', id: owner.userId }, 'applications(first: 5) { totalCount }'],
      ['taxes-fines', { __typename: 'Fine', id: owner.fineId }, 'uin amountKopecks'],
      ['taxes-fines', { __typename: 'TaxAccrual', id: owner.taxId }, 'amountKopecks'],
      ['taxes-fines', { __typename: 'User', id: owner.userId }, 'fines(first: 5) { totalCount }'],
      ['notifications', { __typename: 'User', id: owner.userId }, 'notifications(first: 5) { totalCount }'],
      ['healthcare', { __typename: 'User', id: owner.userId }, 'appointments(first: 5) { totalCount }'],
      ['education', { __typename: 'User', id: owner.userId }, 'kindergartenApplications(first: 5) { totalCount }'],
    ];
    if (owner.invoiceId) probes.push(['payments', { __typename: 'Invoice', id: owner.invoiceId }, 'uin amountKopecks']);
    if (owner.childId) probes.push(['identity', { __typename: 'Child', id: owner.childId }, 'firstName birthDate']);
    if (owner.kindergartenApplicationId) probes.push(['education', { __typename: 'KindergartenApplication', id: owner.kindergartenApplicationId }, 'status']);

    for (const [subgraph, representation, selection] of probes) {
      // The owner gets the record directly too: the probe really asks for something that exists.
      const own = await entities(subgraph, representation, selection, ownerToken);
      expect({ subgraph, representation, errors: own.errors }).toEqual({ subgraph, representation, errors: undefined });

      for (const token of [otherToken, undefined]) {
        const response = refused(await entities(subgraph, representation, selection, token));
        const who = token ? 'another citizen' : 'anonymous';
        expect({ subgraph, representation, who, leaked: response.data !== null && Object.values(response.data).some((v) => v !== null) }).toEqual({
          subgraph,
          representation,
          who,
          leaked: false,
        });
        expect(response.codes.length).toBeGreaterThan(0);
        expect(response.codes.every((code) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === 'NOT_FOUND')).toBe(true);
      }
    }
  });

  it('refuses a token the gateway would refuse: forged (another key), expired or malformed, in every subgraph', async () => {
    const forged = new TestTokens('identity-key-that-is-not').sign(owner.userId, ['ADMIN']);
    const names = Object.keys(process.env)
      .map((key) => /^ECO_SUBGRAPH_(.+)_URL$/.exec(key)?.[1])
      .filter((name): name is string => Boolean(name))
      .map((name) => name.toLowerCase().replace(/_/g, '-'));
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      for (const token of [forged, 'not-a-jwt']) {
        const response = await graphql(subgraphUrl(name), '{ __typename }', {}, { token });
        expect({ name, status: response.status, code: response.errors?.[0]?.extensions?.code }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
      }
    }
    // Through the gateway: the same answer, and no subgraph is asked.
    const viaGateway = await graphql(gatewayUrl(), '{ me { id } }', {}, { token: forged });
    expect(viaGateway.status).toBe(401);
  });
});
