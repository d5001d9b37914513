import { freePort } from '@eco/stack';
import { CatalogClient } from '../src/clients/catalog-client';
import type { ApplicationsServices } from '../src/services';
import { ApplicationStatus } from '../src/shared/enums';
import { WorkflowAction } from '../src/workflow/transitions';
import { actorsFor, applicationIn, TEST_APPLICANT_NAME } from './support/applications';
import { errorCodes, execute, testServices, TestClock } from './support/graph';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/* completeApplication: the department's decision, and the result document announced in the same transaction. */

let db: TestDatabase;
let clock: TestClock;
let services: ApplicationsServices;

beforeAll(async () => {
  db = await createTestDatabase();
  clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
  services = testServices(db, clock);
});

afterAll(async () => {
  await db?.drop();
});

const COMPLETE = /* GraphQL */ `mutation($input: CompleteApplicationInput!) {
  completeApplication(input: $input) { application { status result { decision documentRef } } userErrors { field code } }
}`;

async function snapshot(id: string) {
  const [row, history, events] = await Promise.all([
    db.prisma.application.findUniqueOrThrow({ where: { id } }),
    db.prisma.statusChange.count({ where: { applicationId: id } }),
    db.prisma.outboxEvent.count({ where: { subjectId: id } }),
  ]);
  return { row, history, events };
}

test('the decision is stored and shown as the result, and application.result_ready carries what the signed result prints', async () => {
  const actors = actorsFor('MVD');
  const application = await applicationIn(services, ApplicationStatus.IN_PROGRESS, actors);
  clock.advance(60_000);
  const result = await execute(services, COMPLETE, {
    viewer: actors.employee,
    variables: { input: { applicationId: application.id, decision: '  Паспорт действителен.  ' } },
  });
  expect(result.errors).toBeUndefined();
  expect(result.data.completeApplication).toEqual({ application: { status: 'COMPLETED', result: { decision: 'Паспорт действителен.', documentRef: null } }, userErrors: [] });

  const events = await db.prisma.outboxEvent.findMany({ where: { subjectId: application.id }, orderBy: { seq: 'asc' } });
  expect(events.slice(-2).map((event) => event.type)).toEqual(['application.status_changed', 'application.result_ready']);
  const resultReady = events.at(-1)!;
  // The internal feed only: it names the applicant, so it is no live or webhook event.
  expect(resultReady).toMatchObject({ subjectType: 'Application', subjectId: application.id, audience: { userIds: [], departmentIds: [] } });
  expect(resultReady.payload).toEqual({
    applicationId: application.id,
    number: application.number,
    applicantId: actors.applicant.userId,
    applicantName: TEST_APPLICANT_NAME,
    serviceId: application.serviceId,
    serviceTitle: application.serviceTitleRu,
    departmentId: 'MVD',
    departmentName: 'Министерство внутренних дел Российской Федерации',
    decision: 'Паспорт действителен.',
    completedAt: clock.now().toISOString(),
    sandbox: false,
  });
  expect(resultReady.occurredAt.toISOString()).toBe(clock.now().toISOString());
});

test('documentRef still works beside the decision (now optional)', async () => {
  const actors = actorsFor('MVD');
  const application = await applicationIn(services, ApplicationStatus.IN_PROGRESS, actors);
  const result = await execute(services, COMPLETE, {
    viewer: actors.employee,
    variables: { input: { applicationId: application.id, decision: 'Справка выдана', documentRef: 'mvd:certificate:77-1' } },
  });
  expect(result.data.completeApplication.application.result).toEqual({ decision: 'Справка выдана', documentRef: 'mvd:certificate:77-1' });
});

test('a missing, blank or too long decision is a userError, and nothing is stored', async () => {
  const actors = actorsFor('MVD');
  const application = await applicationIn(services, ApplicationStatus.IN_PROGRESS, actors);
  const before = await snapshot(application.id);
  const attempt = (input: Record<string, unknown>) => execute(services, COMPLETE, { viewer: actors.employee, variables: { input: { applicationId: application.id, ...input } } });
  // An old client sending only documentRef: the schema takes it, the rule refuses it.
  expect((await attempt({ documentRef: 'doc-1' })).data?.completeApplication).toEqual({ application: null, userErrors: [{ field: 'decision', code: 'REQUIRED' }] });
  expect((await attempt({ decision: '   ' })).data?.completeApplication.userErrors).toEqual([{ field: 'decision', code: 'REQUIRED' }]);
  expect((await attempt({ decision: 'x'.repeat(2001) })).data?.completeApplication.userErrors).toEqual([{ field: 'decision', code: 'TOO_LONG' }]);
  expect((await attempt({ decision: 'ok', documentRef: 'x'.repeat(501) })).data?.completeApplication.userErrors).toEqual([{ field: 'documentRef', code: 'TOO_LONG' }]);
  expect(await snapshot(application.id)).toEqual(before);
});

test('the catalog down (the department name is not known): CATALOG_UNAVAILABLE, and nothing is stored', async () => {
  const actors = actorsFor('MVD');
  const application = await applicationIn(services, ApplicationStatus.IN_PROGRESS, actors);
  const before = await snapshot(application.id);
  const noCatalog = testServices(db, clock, { catalog: new CatalogClient({ url: `http://127.0.0.1:${await freePort()}/graphql` }) });
  const result = await execute(noCatalog, COMPLETE, { viewer: actors.employee, variables: { input: { applicationId: application.id, decision: 'Выдано' } } });
  expect(errorCodes(result)).toEqual([]);
  expect(result.data.completeApplication).toEqual({ application: null, userErrors: [{ field: null, code: 'CATALOG_UNAVAILABLE' }] });
  expect(await snapshot(application.id)).toEqual(before);
});

test('an applicant whose name identity could not tell at submission, nor now: APPLICANT_NAME_UNAVAILABLE, nothing stored', async () => {
  const actors = actorsFor('MVD');
  const application = await applicationIn(services, ApplicationStatus.IN_PROGRESS, actors);
  await db.prisma.application.update({ where: { id: application.id }, data: { applicantName: null } });
  const before = await snapshot(application.id);
  // The employee's viewer carries no token here, so identity cannot be asked on their behalf.
  const outcome = await services.workflow.act(WorkflowAction.COMPLETE, application.id, actors.employee, { decision: 'Выдано' });
  expect(outcome).toEqual({ ok: false, problems: [{ field: null, code: 'APPLICANT_NAME_UNAVAILABLE' }] });
  expect(await snapshot(application.id)).toEqual(before);
});

test('a result the event contract refuses (no service title) is a bug: the completion rolls back, nothing is stored', async () => {
  const actors = actorsFor('MVD');
  const application = await applicationIn(services, ApplicationStatus.IN_PROGRESS, actors);
  await db.prisma.application.update({ where: { id: application.id }, data: { serviceTitleRu: '' } });
  const before = await snapshot(application.id);
  await expect(services.workflow.act(WorkflowAction.COMPLETE, application.id, actors.employee, { decision: 'Выдано' })).rejects.toMatchObject({
    name: 'EventPayloadError',
    event: 'application.result_ready',
  });
  expect(await snapshot(application.id)).toEqual(before);
  expect((await snapshot(application.id)).row).toMatchObject({ status: 'IN_PROGRESS', decision: null });
});

test('a rejection announces no result document', async () => {
  const application = await applicationIn(services, ApplicationStatus.REJECTED);
  expect(await db.prisma.outboxEvent.count({ where: { subjectId: application.id, type: 'application.result_ready' } })).toBe(0);
});
