import { CITIZEN, EMPLOYEE_GIBDD, EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';
import { eventually, linesWithRequestId } from '../support/service-logs';

const ME_WITH_DEPARTMENT = /* GraphQL */ `
  query MeWithDepartment {
    me {
      lastName
      roles
      department { id code name shortName }
    }
  }
`;

describe('a field of one subgraph resolved by another', () => {
  it("resolves an employee's department from the catalog", async () => {
    const { token } = await loginAs(gatewayUrl(), EMPLOYEE_MVD);
    const response = await graphql(gatewayUrl(), ME_WITH_DEPARTMENT, {}, { token, headers: { 'accept-language': 'ru' } });
    expect(response.errors).toBeUndefined();
    expect(response.data?.me.roles).toContain('EMPLOYEE');
    expect(response.data?.me.department).toMatchObject({ id: 'MVD', code: 'MVD' });
    expect(response.data?.me.department.name).toMatch(/МВД|внутренних дел/i);
  });

  it('costs one fetch per subgraph: the plan batches, nothing is fetched twice', async () => {
    const { token } = await loginAs(gatewayUrl(), EMPLOYEE_MVD);
    const requestId = `plan-${Date.now()}`;
    const response = await graphql(gatewayUrl(), ME_WITH_DEPARTMENT, {}, { token, headers: { 'x-request-id': requestId } });
    expect(response.errors).toBeUndefined();
    const served = (service: string) => linesWithRequestId(service, requestId).filter((line) => line.msg === 'graphql request');
    await eventually(() => served('catalog'), (lines) => lines.length > 0);
    expect(served('identity')).toHaveLength(1);
    expect(served('catalog')).toHaveLength(1);
  });

  it('resolves each employee to their own department, in the requested language', async () => {
    const { token } = await loginAs(gatewayUrl(), EMPLOYEE_GIBDD);
    const response = await graphql(gatewayUrl(), ME_WITH_DEPARTMENT, {}, { token, headers: { 'accept-language': 'en' } });
    expect(response.data?.me.department.id).toBe('GIBDD');
    expect(response.data?.me.department.name).toMatch(/[A-Za-z]/);
    expect(response.data?.me.department.name).not.toMatch(/[а-яё]/i);
  });

  it('gives a citizen no department', async () => {
    const { token } = await loginAs(gatewayUrl(), CITIZEN);
    const response = await graphql(gatewayUrl(), ME_WITH_DEPARTMENT, {}, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data?.me.department).toBeNull();
  });
});
