import { randomUUID } from 'node:crypto';
import { serviceIdByCode, SIMPLE_MVD_SERVICE, submitApplication, transition } from '../support/applications';
import { ADMIN, EMPLOYEE_GIBDD, EMPLOYEE_MVD, loginAs, registerCitizen } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql, subgraphUrl } from '../support/graphql-client';

/*
 * Issue 10: an employee reads the name and contact of the people who applied to their department
 * (identity asks applications with the employee's own token), each read is journalled, and
 * everybody else is still refused.
 */

const QUEUE = /* GraphQL */ `
  query EmployeeQueue {
    departmentQueue(filter: { status: [SUBMITTED, REGISTERED] }, first: 100) {
      edges { node { id applicant { id lastName firstName middleName email phone } history { actorRole actor { id lastName firstName } } } }
    }
  }
`;
const PERSON = /* GraphQL */ `
  query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id lastName firstName email phone } } }
`;
const JOURNAL = /* GraphQL */ `
  query ($filter: AuditJournalFilter) { auditJournal(filter: $filter, first: 50) { edges { node { action actorId actorType subjectType subjectId requestId details } } } }
`;

type Person = { token: string; userId: string; email: string };
type QueueNode = { id: string; applicant: Record<string, unknown>; history: { actorRole: string; actor: Record<string, unknown> | null }[] };

let applicant: Person;
let otherCitizen: Person;
let applicationId: string;
let mvd: { token: string; userId: string };
let gibdd: { token: string; userId: string };
let admin: { token: string };

async function queueNode(requestId: string): Promise<{ errors: unknown; node: QueueNode | undefined }> {
  const response = await graphql(gatewayUrl(), QUEUE, {}, { token: mvd.token, headers: { 'x-request-id': requestId } });
  const nodes = (response.data?.departmentQueue?.edges ?? []).map((edge: { node: QueueNode }) => edge.node) as QueueNode[];
  return { errors: response.errors, node: nodes.find((node) => node.id === applicationId) };
}

/** The journal fills from identity's feed: poll until the entry arrives. */
async function contactReads(requestId: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await graphql(gatewayUrl(), JOURNAL, { filter: { requestId, action: 'security.applicant_contact_read', subjectType: 'User', subjectId: applicant.userId } }, { token: admin.token });
    expect(response.errors).toBeUndefined();
    const entries = response.data?.auditJournal.edges.map((edge: { node: Record<string, any> }) => edge.node) as Record<string, any>[];
    if (entries.length > 0 || Date.now() > deadline) return entries;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  [applicant, otherCitizen] = await Promise.all([registerCitizen(gatewayUrl()), registerCitizen(gatewayUrl())]);
  [mvd, gibdd, admin] = await Promise.all([loginAs(gatewayUrl(), EMPLOYEE_MVD), loginAs(gatewayUrl(), EMPLOYEE_GIBDD), loginAs(gatewayUrl(), ADMIN)]);
  applicationId = (await submitApplication(gatewayUrl(), applicant.token, await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE))).id;
}, 60_000);

describe("an employee reads who they serve (issue 10)", () => {
  it("shows the department's employee the applicant's name, email and phone in the queue, and who acted in the history", async () => {
    const { errors, node } = await queueNode(`contact-it-queue-${randomUUID()}`);
    expect(errors).toBeUndefined();
    expect(node?.applicant).toEqual({ id: applicant.userId, lastName: 'Проверкин', firstName: 'Тест', middleName: null, email: applicant.email, phone: expect.stringMatching(/^\+7916\d{7}$/) });
    expect(node?.history).toEqual([{ actorRole: 'APPLICANT', actor: { id: applicant.userId, lastName: 'Проверкин', firstName: 'Тест' } }]);

    expect((await transition(gatewayUrl(), mvd.token, 'registerApplication', applicationId)).data?.registerApplication.application.status).toBe('REGISTERED');
    const after = await queueNode(`contact-it-history-${randomUUID()}`);
    expect(after.errors).toBeUndefined();
    expect(after.node?.history.map((change) => [change.actorRole, change.actor?.id, change.actor?.lastName])).toEqual([
      ['APPLICANT', applicant.userId, 'Проверкин'],
      ['EMPLOYEE', mvd.userId, expect.any(String)],
    ]);
  });

  it('journals the read: which employee read whose contact, for which application, without the contact itself', async () => {
    const requestId = `contact-it-audit-${randomUUID()}`;
    expect((await queueNode(requestId)).node).toBeDefined();
    const entries = await contactReads(requestId);
    // One entry per call the gateway makes to identity (the applicants and the history's actors
    // may be fetched apart), all telling the same read.
    expect(entries.length).toBeGreaterThanOrEqual(1);
    for (const entry of entries) {
      expect(entry).toMatchObject({ actorId: mvd.userId, actorType: 'EMPLOYEE', subjectType: 'User', subjectId: applicant.userId, requestId });
      expect(entry.details).toMatchObject({ departmentId: 'MVD', applicationIds: [applicationId] });
      expect(JSON.stringify(entry)).not.toContain(applicant.email);
    }
  });

  it("keeps the applicant's identity documents closed to the employee", async () => {
    const response = await graphql(
      gatewayUrl(),
      'query ($id: ID!) { application(id: $id) { applicant { lastName documents { passport { number } } } } }',
      { id: applicationId },
      { token: mvd.token },
    );
    expect(response.data?.application?.applicant ?? null).toEqual({ lastName: 'Проверкин', documents: null });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it('refuses, at identity itself, an employee of another department, another citizen and anonymous callers', async () => {
    const reps = { reps: [{ __typename: 'User', id: applicant.userId }] };
    // The right employee is served by identity directly as well: nothing depends on the gateway.
    const right = await graphql(subgraphUrl('identity'), PERSON, reps, { token: mvd.token });
    expect(right.errors).toBeUndefined();
    expect(right.data?._entities[0]).toMatchObject({ lastName: 'Проверкин', email: applicant.email });
    for (const [token, code] of [[gibdd.token, 'FORBIDDEN'], [otherCitizen.token, 'FORBIDDEN'], [undefined, 'UNAUTHENTICATED']] as const) {
      const refused = await graphql(subgraphUrl('identity'), PERSON, reps, { token });
      expect(refused.data?._entities).toEqual([null]);
      expect(new Set(errorCodes(refused))).toEqual(new Set([code]));
    }
  });
});
