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
    expect(partial.errors?.length).toBeGreaterThan(0);
    expect(partial.errors?.[0].extensions?.code).toBeDefined();

    const catalogOnly = await graphql(stack.gatewayUrl, '{ departments { id } }');
    expect(catalogOnly.data?.departments ?? null).toBeNull();
    expect(catalogOnly.errors?.length).toBeGreaterThan(0);

    await stack.startSubgraph('catalog');
    const whole = await graphql(stack.gatewayUrl, ME_WITH_DEPARTMENT, {}, { token });
    expect(whole.errors).toBeUndefined();
    expect(whole.data?.me.department.id).toBe('MVD');
  });
});
