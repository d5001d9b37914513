import { randomUUID } from 'node:crypto';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, SUBMIT, submitApplication, transition } from '../support/applications';
import { queryStackDatabase } from '../support/database';
import { CITIZEN, CITIZEN_2, EMPLOYEE_GIBDD, EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql } from '../support/graphql-client';

const APPLICATION = /* GraphQL */ `
  query ($id: ID!) { application(id: $id) { id status history { to } } }
`;

async function statusOf(id: string): Promise<string> {
  const rows = await queryStackDatabase<{ status: string }>('SELECT status::text FROM applications.application WHERE id = $1', [id]);
  return rows[0].status;
}

describe('refusals around applications (each with its code, nothing changed)', () => {
  let citizen: { token: string; userId: string };
  let otherCitizen: { token: string };
  let mvd: { token: string };
  let gibdd: { token: string };
  let serviceId: string;

  beforeAll(async () => {
    citizen = await loginAs(gatewayUrl(), CITIZEN);
    otherCitizen = await loginAs(gatewayUrl(), CITIZEN_2);
    mvd = await loginAs(gatewayUrl(), EMPLOYEE_MVD);
    gibdd = await loginAs(gatewayUrl(), EMPLOYEE_GIBDD);
    serviceId = await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE);
  });

  it('refuses invalid form data with every problem and its path, storing nothing', async () => {
    const idempotencyKey = randomUUID();
    const response = await graphql(
      gatewayUrl(),
      SUBMIT,
      { input: { serviceId, idempotencyKey, formData: { series: '45', number: 'abc', extra: true } } },
      { token: citizen.token },
    );
    expect(response.data?.submitApplication.application).toBeNull();
    const fields = (response.data?.submitApplication.userErrors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['formData.number', 'formData.series']));
    expect(fields.length).toBeGreaterThanOrEqual(3);
    const stored = await queryStackDatabase('SELECT 1 FROM applications.application WHERE idempotency_key = $1', [idempotencyKey]);
    expect(stored).toHaveLength(0);
  });

  it('refuses an invalid transition and leaves the status as it was', async () => {
    const application = await submitApplication(gatewayUrl(), citizen.token, serviceId);
    const skipped = await transition(gatewayUrl(), mvd.token, 'completeApplication', application.id, { documentRef: 'doc-1' });
    expect(skipped.data?.completeApplication.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect(await statusOf(application.id)).toBe('SUBMITTED');
  });

  it("refuses an employee of another department, and another citizen, on someone's application", async () => {
    const application = await submitApplication(gatewayUrl(), citizen.token, serviceId);
    // Acting on it: "not found", exactly as for an id that exists nowhere (README, API conventions).
    const wrongDepartment = await transition(gatewayUrl(), gibdd.token, 'registerApplication', application.id);
    expect(errorCodes(wrongDepartment)).toEqual([]);
    expect(wrongDepartment.data?.registerApplication).toMatchObject({ application: null, userErrors: [{ field: 'applicationId', code: 'APPLICATION_NOT_FOUND' }] });
    const otherWithdraws = await transition(gatewayUrl(), otherCitizen.token, 'withdrawApplication', application.id);
    expect(errorCodes(otherWithdraws)).toEqual([]);
    expect(otherWithdraws.data?.withdrawApplication).toMatchObject({ application: null, userErrors: [{ field: 'applicationId', code: 'APPLICATION_NOT_FOUND' }] });
    expect(await statusOf(application.id)).toBe('SUBMITTED');

    // Reading it: FORBIDDEN on the field.
    for (const token of [gibdd.token, otherCitizen.token]) {
      const read = await graphql(gatewayUrl(), APPLICATION, { id: application.id }, { token });
      expect(read.data?.application ?? null).toBeNull();
      expect(errorCodes(read)).toEqual(expect.arrayContaining(['FORBIDDEN']));
    }
    const own = await graphql(gatewayUrl(), APPLICATION, { id: application.id }, { token: citizen.token });
    expect(own.data?.application).toMatchObject({ id: application.id, status: 'SUBMITTED' });
  });
});
