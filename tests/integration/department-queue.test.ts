import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication } from '../support/applications';
import { CITIZEN, CITIZEN_2, EMPLOYEE_GIBDD, EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql } from '../support/graphql-client';

const QUEUE = /* GraphQL */ `
  query Queue($filter: QueueFilter) {
    departmentQueue(filter: $filter, first: 100) {
      totalCount
      edges { node { id number status applicantName deadline service { titleRu } department { id } } }
    }
  }
`;

describe("the department's queue through the gateway", () => {
  it("shows an employee their department's new application with who applied, and no other department's", async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const application = await submitApplication(gatewayUrl(), citizen.token, await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE));

    const mvd = await loginAs(gatewayUrl(), EMPLOYEE_MVD);
    const queue = await graphql(gatewayUrl(), QUEUE, { filter: { status: 'SUBMITTED' } }, { token: mvd.token });
    expect(queue.errors).toBeUndefined();
    const nodes = queue.data?.departmentQueue.edges.map((e: { node: Record<string, any> }) => e.node) as Record<string, any>[];
    const ours = nodes.find((n) => n.id === application.id);
    expect(ours).toMatchObject({ number: application.number, applicantName: 'Иванов Иван Иванович', department: { id: 'MVD' } });
    expect(ours?.service.titleRu).toMatch(/паспорт/i);
    expect(nodes.every((n) => n.department.id === 'MVD' && n.status === 'SUBMITTED')).toBe(true);

    const gibdd = await loginAs(gatewayUrl(), EMPLOYEE_GIBDD);
    const theirs = await graphql(gatewayUrl(), QUEUE, {}, { token: gibdd.token });
    const gibddIds = theirs.data?.departmentQueue.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
    expect(gibddIds).not.toContain(application.id);
  });

  it('is refused to citizens', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN_2);
    const response = await graphql(gatewayUrl(), QUEUE, {}, { token: citizen.token });
    expect(response.data?.departmentQueue ?? null).toBeNull();
    expect(errorCodes(response)).toContain('FORBIDDEN');
  });
});
