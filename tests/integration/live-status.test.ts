import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication, transition } from '../support/applications';
import { CITIZEN, CITIZEN_2, EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { gatewayUrl } from '../support/graphql-client';
import { connection, liveClient, subscribe } from '../support/live-client';

const STATUS_CHANGED = /* GraphQL */ `
  subscription Watch($id: ID) {
    applicationStatusChanged(applicationId: $id) {
      from
      to
      application { id number status service { titleRu } applicant { lastName } }
    }
  }
`;

describe('live application status through the gateway (graphql-ws, no Redis)', () => {
  it("delivers an employee's status change to the applicant, with fields of other subgraphs; another citizen gets nothing", async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const other = await loginAs(gatewayUrl(), CITIZEN_2);
    const employee = await loginAs(gatewayUrl(), EMPLOYEE_MVD);
    const serviceId = await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE);
    const application = await submitApplication(gatewayUrl(), citizen.token, serviceId);

    const applicantClient = liveClient(gatewayUrl(), citizen.token);
    const otherClient = liveClient(gatewayUrl(), other.token);
    expect(await connection(applicantClient)).toEqual({ connected: true });
    expect(await connection(otherClient)).toEqual({ connected: true });
    const watched = subscribe(applicantClient, STATUS_CHANGED, { id: application.id });
    const spied = subscribe(otherClient, STATUS_CHANGED, { id: application.id });
    await new Promise((resolve) => setTimeout(resolve, 300)); // subscriptions registered

    const registered = await transition(gatewayUrl(), employee.token, 'registerApplication', application.id);
    expect(registered.data?.registerApplication.userErrors).toEqual([]);

    const [event] = await watched.next(1);
    expect(event.applicationStatusChanged).toMatchObject({
      from: 'SUBMITTED',
      to: 'REGISTERED',
      application: { id: application.id, number: application.number, status: 'REGISTERED', applicant: { lastName: 'Иванов' } },
    });
    expect(event.applicationStatusChanged.application.service.titleRu).toMatch(/паспорт/i);

    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(spied.received).toEqual([]);
    await Promise.all([watched.close(), spied.close()]);
    await Promise.all([applicantClient.dispose(), otherClient.dispose()]);
  });

  it('closes a connection with a bad token, saying why', async () => {
    const client = liveClient(gatewayUrl(), 'not-a-token');
    const result = await connection(client);
    expect(result).toMatchObject({ connected: false, code: 4401 });
    expect((result as { reason: string }).reason).toMatch(/token/i);
    await client.dispose();

    const anonymous = liveClient(gatewayUrl(), null);
    expect(await connection(anonymous)).toMatchObject({ connected: false, code: 4401, reason: expect.stringMatching(/Authentication required/) });
    await anonymous.dispose();
  });
});
