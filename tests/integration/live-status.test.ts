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

  it('tells the applicant of the new notification, live, in the language of the connection', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const employee = await loginAs(gatewayUrl(), EMPLOYEE_MVD);
    const application = await submitApplication(gatewayUrl(), citizen.token, await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE));
    const client = liveClient(gatewayUrl(), citizen.token, { 'accept-language': 'en' });
    expect(await connection(client)).toEqual({ connected: true });
    const added = subscribe(client, 'subscription { notificationAdded { notification { title subjectId read } } }');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await transition(gatewayUrl(), employee.token, 'registerApplication', application.id);

    // The submission's own notification may arrive live too (notifications polls a quiet feed
    // less often): the registration's is the one this asks for, once and in English.
    const deadline = Date.now() + 10_000;
    const about = () => added.received.filter((e) => e.notificationAdded.notification.subjectId === application.id);
    const registered = () => about().filter((e) => /registered/i.test(e.notificationAdded.notification.title));
    while (!registered().length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 500)); // a duplicate would have arrived by now
    expect(registered()).toHaveLength(1);
    expect(registered()[0].notificationAdded.notification).toMatchObject({ read: false, title: expect.stringContaining(application.number) });
    for (const event of about()) expect(event.notificationAdded.notification.title).not.toMatch(/[а-яё]/i);
    await added.close();
    await client.dispose();
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
