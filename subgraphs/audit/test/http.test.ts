import { dropSchema, TestTokens } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { startAuditSubgraph, type RunningAudit } from '../src/main';
import { ADMIN, CITIZEN, departmentExamples, documentRead, EMPLOYEE, paymentCaptured, securityEvent, statusChanged } from './support/events';
import { auditConfigFor, startTestProducer, type TestProducer } from './support/feed-producer';
import { DATABASE_URL, eventually } from './support/test-database';

/** The subgraph exactly as main.ts serves it: HTTP, token verification, a durable consumer per department. */
let running: RunningAudit;
const producers: Record<string, TestProducer> = {};
const tokens = new TestTokens();
const dbSchema = `audit_http_${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  process.env.LOG_LEVEL = 'silent';
  for (const name of ['identity', 'applications', 'payments', 'taxes-fines', 'healthcare', 'education', 'documents']) producers[name] = await startTestProducer(name);
  running = await startAuditSubgraph(auditConfigFor(dbSchema, producers), { keySource: tokens.keySource });
});
afterAll(async () => {
  await running?.stop();
  await Promise.all(Object.values(producers).map((producer) => producer.stop()));
  await dropSchema(DATABASE_URL, dbSchema);
});

async function gql(query: string, variables: object, token?: string) {
  const response = await fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const JOURNAL = `query ($f: AuditJournalFilter) { auditJournal(filter: $f) { totalCount edges { node { action actorId subjectType requestId } } } }`;

describe('audit over HTTP', () => {
  it('journals what every department reports and shows it to an administrator token only', async () => {
    producers.identity.publish(securityEvent('login_failed', { actorId: null, requestId: 'req-http-000001' }));
    producers.applications.publish(statusChanged({ requestId: 'req-http-000002' }));
    producers.payments.publish(paymentCaptured({ requestId: 'req-http-000003' }));
    producers.documents.publish(documentRead({ requestId: 'req-http-000004' }));
    const examples = departmentExamples();
    producers['taxes-fines'].publish(examples['taxes-fines/fine_appeal.decided'].event);
    producers.healthcare.publish(examples['healthcare/appointment.booked'].event);
    producers.education.publish(examples['education/kindergarten_application.status_changed'].event);
    await eventually(async () => (await gql(JOURNAL, {}, tokens.sign(ADMIN, ['ADMIN']))).data?.auditJournal.totalCount === 7);

    const asAdmin = await gql(JOURNAL, { f: { requestId: 'req-http-000002' } }, tokens.sign(ADMIN, ['ADMIN']));
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data.auditJournal.edges).toEqual([{ node: { action: 'application.status_changed', actorId: EMPLOYEE, subjectType: 'Application', requestId: 'req-http-000002' } }]);
    expect((await gql(`{ verifyAuditChain { ok checkedEntries } }`, {}, tokens.sign(ADMIN, ['ADMIN']))).data.verifyAuditChain).toEqual({ ok: true, checkedEntries: 7 });

    for (const token of [tokens.sign(CITIZEN), tokens.sign(EMPLOYEE, ['EMPLOYEE'], 'MVD'), tokens.signClient(randomUUID(), 'client-1', ['applications:read'])]) {
      const refused = await gql(JOURNAL, {}, token);
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(refused.data).toEqual({ auditJournal: null });
    }
    expect((await gql(JOURNAL, {})).errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    // A forged token (another key) grants nothing.
    expect((await gql(JOURNAL, {}, new TestTokens().sign(ADMIN, ['ADMIN']))).errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
