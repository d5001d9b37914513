import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication } from '../support/applications';
import { registerCitizen } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql } from '../support/graphql-client';

/*
 * Cursors are keysets (the sort key of the last row seen), not offsets: a row added at the top of
 * a list between two page requests neither repeats a row on the next page nor skips one.
 */

const MY_APPLICATIONS = /* GraphQL */ `
  query ($first: Int, $after: String) {
    me { applications(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }
  }
`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

describe('keyset cursors through the gateway', () => {
  let citizen: { token: string };
  let serviceId: string;

  const page = async (variables: { first: number; after?: string | null }): Promise<Page> => {
    const response = await graphql(gatewayUrl(), MY_APPLICATIONS, variables, { token: citizen.token });
    expect(response.errors).toBeUndefined();
    return response.data?.me.applications;
  };

  beforeAll(async () => {
    citizen = await registerCitizen(gatewayUrl());
    serviceId = await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE);
    for (let i = 0; i < 5; i += 1) await submitApplication(gatewayUrl(), citizen.token, serviceId);
  });

  it('pages "my applications" without a duplicate or a gap while a newer one is filed', async () => {
    const all = (await page({ first: 10 })).edges.map((edge) => edge.node.id);
    expect(all).toHaveLength(5);

    const first = await page({ first: 2 });
    expect(first.edges.map((edge) => edge.node.id)).toEqual(all.slice(0, 2));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    // Newest first: the new application goes on top, before the cursor.
    const added = await submitApplication(gatewayUrl(), citizen.token, serviceId);
    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.id)).toEqual(all.slice(2, 4));
    expect(second.totalCount).toBe(6);
    const third = await page({ first: 2, after: second.pageInfo.endCursor });
    expect(third.edges.map((edge) => edge.node.id)).toEqual(all.slice(4));
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges, ...third.edges].map((edge) => edge.node.id)).not.toContain(added.id);
  });

  it('refuses a malformed cursor, an offset one, or one of another list with BAD_USER_INPUT on "after"', async () => {
    const services = await graphql(gatewayUrl(), '{ services(first: 1) { pageInfo { endCursor } } }');
    const foreign = services.data?.services.pageInfo.endCursor as string;
    for (const after of ['garbage', Buffer.from('offset:3').toString('base64url'), foreign]) {
      const response = await graphql(gatewayUrl(), MY_APPLICATIONS, { first: 2, after }, { token: citizen.token });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0].extensions?.field).toBe('after');
    }
  });
});
