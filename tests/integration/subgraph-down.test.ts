import { EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { graphql } from '../support/graphql-client';
import { STACK_START_TIMEOUT_MS, startTestStack, type TestStack } from '../support/test-stack';

const ME_WITH_DEPARTMENT = /* GraphQL */ `
  query { me { lastName department { id name } } }
`;

// Its own stack: stopping a subgraph must not disturb the other scenarios.
describe('a subgraph that is down', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  }, STACK_START_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.destroy();
  });

  it('yields partial data plus an error, and the gateway keeps serving', async () => {
    const { token } = await loginAs(stack.gatewayUrl, EMPLOYEE_MVD);
    await stack.stopSubgraph('catalog');

    const partial = await graphql(stack.gatewayUrl, ME_WITH_DEPARTMENT, {}, { token });
    expect(partial.status).toBe(200);
    expect(partial.data?.me.lastName).toBeTruthy();
    expect(partial.data?.me.department).toBeNull();
    // The error sits on the catalog's own fields of the entity, with a code and nothing internal.
    expect(partial.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['me', 'department', 'name'], 'SUBGRAPH_UNAVAILABLE'],
    ]);
    expect(JSON.stringify(partial.errors)).not.toMatch(/localhost|127\.0\.0\.1|:\d{4,5}\/|serviceName|catalog|ECONNREFUSED|fetch failed/);

    // Only the missing department's fields are lost: the rest of a mixed query keeps its data.
    const mixed = await graphql(stack.gatewayUrl, '{ departments { id } me { lastName } }', {}, { token });
    expect(mixed.data?.departments).toBeNull();
    expect(mixed.data?.me.lastName).toBeTruthy();
    expect(mixed.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['departments'], 'SUBGRAPH_UNAVAILABLE']]);

    // Its plain HTTP files through the gateway's origin: 502 with a code, never its address.
    const receipt = await fetch(new URL('/open-data/service-stats.json', stack.gatewayUrl));
    expect(receipt.status).toBe(200);
    await stack.stopSubgraph('applications');
    const openData = await fetch(new URL('/open-data/service-stats.json', stack.gatewayUrl));
    expect(openData.status).toBe(502);
    const body = await openData.text();
    expect(JSON.parse(body).errors[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(body).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED/);
    await stack.startSubgraph('applications');

    await stack.startSubgraph('catalog');
    const whole = await graphql(stack.gatewayUrl, ME_WITH_DEPARTMENT, {}, { token });
    expect(whole.errors).toBeUndefined();
    expect(whole.data?.me.department.id).toBe('MVD');
    // Two subgraphs are stopped and started again (each migrates and seeds at start): minutes on a busy machine.
  }, STACK_START_TIMEOUT_MS);
});
