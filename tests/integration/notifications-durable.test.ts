import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication, transition } from '../support/applications';
import { CITIZEN_2, EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { graphql } from '../support/graphql-client';
import { STACK_START_TIMEOUT_MS, startTestStack, type TestStack } from '../support/test-stack';
import { Client } from 'pg';

const NOTIFIED_SUBJECTS = /* GraphQL */ `{ me { notifications(first: 100) { edges { node { subjectId } } } } }`;

// Its own stack: the notifications subgraph is stopped while the others keep working.
describe('notifications are durable consumers of application events', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  }, STACK_START_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.destroy();
  });

  it('catches up on 50 status changes made while it was down, creating each notification once', async () => {
    const citizen = await loginAs(stack.gatewayUrl, CITIZEN_2);
    const employee = await loginAs(stack.gatewayUrl, EMPLOYEE_MVD);
    const serviceId = await serviceIdByCode(stack.gatewayUrl, SIMPLE_MVD_SERVICE);
    const ours = new Set<string>();
    // Notifications about our 25 applications only (the seed gives this citizen others).
    const notifiedAboutOurs = async () => {
      const response = await graphql(stack.gatewayUrl, NOTIFIED_SUBJECTS, {}, { token: citizen.token });
      return (response.data?.me.notifications.edges ?? []).filter((e: { node: { subjectId: string } }) => ours.has(e.node.subjectId)).length as number;
    };

    await stack.stopSubgraph('notifications');
    for (let i = 0; i < 25; i++) {
      const application = await submitApplication(stack.gatewayUrl, citizen.token, serviceId); // SUBMITTED
      ours.add(application.id);
      const registered = await transition(stack.gatewayUrl, employee.token, 'registerApplication', application.id); // REGISTERED
      expect(registered.data?.registerApplication.userErrors).toEqual([]);
    }
    await stack.startSubgraph('notifications');

    let total = 0;
    const deadline = Date.now() + 30_000;
    while (total < 50 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      total = await notifiedAboutOurs();
    }
    expect(total).toBe(50);

    // Restarted once more: the offset holds, nothing is delivered twice.
    await stack.stopSubgraph('notifications');
    await stack.startSubgraph('notifications');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const db = new Client({ connectionString: stack.databaseUrl });
    await db.connect();
    const duplicates = await db.query(
      'SELECT source_event_id, count(*) FROM notifications.notification GROUP BY source_event_id, user_id HAVING count(*) > 1',
    );
    await db.end();
    expect(duplicates.rows).toEqual([]);
    expect(await notifiedAboutOurs()).toBe(50);
  });
});
