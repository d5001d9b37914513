import type { ApplicationRow } from '../src/applications/applications.service';
import { processingDeadline } from '../src/deadlines/working-days';
import type { ApplicationsServices } from '../src/services';
import { ApplicationStatus } from '../src/shared/enums';
import { canTransition, TRANSITIONS, WorkflowAction } from '../src/workflow/transitions';
import { act, actorOf, actorsFor, applicationIn, DETAILS, submit } from './support/applications';
import { newUserId } from './support/fixtures';
import { citizen, employee, errorCodes, execute, HOUR, testServices, TestClock } from './support/graph';
import { createTestDatabase, type TestDatabase } from './support/test-database';

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

/** Everything a refused action must leave as it was. */
async function snapshot(application: { id: string }) {
  const [row, history, events] = await Promise.all([
    db.prisma.application.findUniqueOrThrow({ where: { id: application.id } }),
    db.prisma.statusChange.count({ where: { applicationId: application.id } }),
    db.prisma.outboxEvent.count({ where: { subjectId: application.id } }),
  ]);
  return { row, history, events };
}

describe('the happy path', () => {
  test('each status change writes one history entry and one outbox event, in the same order', async () => {
    const actors = actorsFor();
    let application = await submit(services, actors.applicant.userId as string);
    const steps = [WorkflowAction.REGISTER, WorkflowAction.START_PROCESSING, WorkflowAction.REQUEST_INFORMATION, WorkflowAction.PROVIDE_INFORMATION, WorkflowAction.COMPLETE];
    for (const action of steps) {
      clock.advance(HOUR);
      application = await act(services, action, application, actorOf(action, actors));
      expect(application.status).toBe(TRANSITIONS[action].to);
    }
    expect(application).toMatchObject({ version: 6, documentRef: 'doc:42', completedAt: clock.now(), updatedAt: clock.now() });
    const history = await db.prisma.statusChange.findMany({ where: { applicationId: application.id }, orderBy: { seq: 'asc' } });
    const events = await db.prisma.outboxEvent.findMany({ where: { subjectId: application.id, type: 'application.status_changed' }, orderBy: { seq: 'asc' } });
    const transitions = ['null→SUBMITTED', 'SUBMITTED→REGISTERED', 'REGISTERED→IN_PROGRESS', 'IN_PROGRESS→INFO_REQUESTED', 'INFO_REQUESTED→IN_PROGRESS', 'IN_PROGRESS→COMPLETED'];
    expect(history.map((h) => `${h.fromStatus}→${h.toStatus}`)).toEqual(transitions);
    expect(events.map((e) => `${(e.payload as any).from}→${(e.payload as any).to}`)).toEqual(transitions); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(history.map((h) => h.actorRole)).toEqual(['APPLICANT', 'EMPLOYEE', 'EMPLOYEE', 'EMPLOYEE', 'APPLICANT', 'EMPLOYEE']);
    expect(history[3]).toMatchObject({ comment: DETAILS.REQUEST_INFORMATION.comment, actorId: actors.employee.userId });
    // Completion also announces the result document (completion.test.ts), right after its status event.
    const all = await db.prisma.outboxEvent.findMany({ where: { subjectId: application.id }, orderBy: { seq: 'asc' } });
    expect(all.map((e) => e.type)).toEqual([...transitions.map(() => 'application.status_changed'), 'application.result_ready']);
    expect(events[3].payload).toMatchObject({ comment: DETAILS.REQUEST_INFORMATION.comment, departmentId: 'MVD', applicantId: actors.applicant.userId });
    // Who acted, for the audit journal: the employee here, the applicant when answering.
    expect(events[3].payload).toMatchObject({ actorId: actors.employee.userId, actorRole: 'EMPLOYEE', requestId: null });
    expect(events[4].payload).toMatchObject({ actorId: actors.applicant.userId, actorRole: 'APPLICANT' });
  });

  test("the event carries the request id of the request that made the change (the audit journal's link to it)", async () => {
    const actors = actorsFor();
    const application = await submit(services, actors.applicant.userId as string);
    const outcome = await services.workflow.act(WorkflowAction.REGISTER, application.id, actors.employee, {}, 'req-audit-0001');
    expect(outcome.ok).toBe(true);
    const events = await db.prisma.outboxEvent.findMany({ where: { subjectId: application.id }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.payload)).toEqual([
      expect.objectContaining({ to: 'SUBMITTED', actorId: actors.applicant.userId, actorRole: 'APPLICANT', requestId: null }),
      expect.objectContaining({ to: 'REGISTERED', actorId: actors.employee.userId, actorRole: 'EMPLOYEE', requestId: 'req-audit-0001' }),
    ]);
  });

  test('registration fixes the deadline: the term runs from the registration day', async () => {
    const actors = actorsFor();
    const submitted = await submit(services, actors.applicant.userId as string);
    clock.set('2026-03-06T10:00:00Z'); // Friday
    const registered = await act(services, WorkflowAction.REGISTER, submitted, actors.employee);
    expect(registered.registeredAt).toEqual(clock.now());
    expect(registered.deadline).toEqual(processingDeadline(clock.now(), registered.processingDays));
    expect(registered.deadline.toISOString()).toBe('2026-03-09T20:59:59.999Z');
    clock.set('2026-03-02T09:00:00Z');
  });

  test('rejection keeps the reason as the result and the history comment', async () => {
    const application = await applicationIn(services, ApplicationStatus.REJECTED);
    expect(application).toMatchObject({ rejectionReason: 'Нет оснований', documentRef: null });
    expect(await db.prisma.statusChange.findFirst({ where: { applicationId: application.id, toStatus: 'REJECTED' } })).toMatchObject({ comment: 'Нет оснований' });
  });
});

describe('invalid transitions', () => {
  const statuses = Object.values(ApplicationStatus);
  const actions = Object.values(WorkflowAction);
  const invalid = statuses.flatMap((status) => actions.filter((action) => !canTransition(action, status)).map((action) => [status, action] as const));

  test('the table allows exactly the documented workflow', () => {
    const allowed = statuses.flatMap((status) => actions.filter((action) => canTransition(action, status)).map((action) => `${status}:${action}`));
    expect(allowed.sort()).toEqual(
      [
        'SUBMITTED:REGISTER',
        'SUBMITTED:WITHDRAW',
        'REGISTERED:START_PROCESSING',
        'REGISTERED:WITHDRAW',
        'IN_PROGRESS:REQUEST_INFORMATION',
        'IN_PROGRESS:COMPLETE',
        'IN_PROGRESS:REJECT',
        'INFO_REQUESTED:PROVIDE_INFORMATION',
      ].sort(),
    );
    expect(invalid.length).toBe(statuses.length * actions.length - 8);
  });

  test.each(invalid)('%s: %s is INVALID_TRANSITION and changes nothing', async (status, action) => {
    const actors = actorsFor();
    const application = await applicationIn(services, status, actors);
    const before = await snapshot(application);
    clock.advance(60_000);
    const outcome = await services.workflow.act(action, application.id, actorOf(action, actors), DETAILS[action]);
    expect(outcome).toEqual({ ok: false, problems: [{ field: null, code: 'INVALID_TRANSITION', params: { status } }] });
    expect(await snapshot(application)).toEqual(before);
  });

  test('through GraphQL: a userError with the code, and the application unchanged', async () => {
    const actors = actorsFor();
    const application = await applicationIn(services, ApplicationStatus.COMPLETED, actors);
    const result = await execute(
      services,
      /* GraphQL */ `mutation($input: StartProcessingInput!) { startProcessing(input: $input) { application { id } userErrors { field code message } } }`,
      { viewer: actors.employee, variables: { input: { applicationId: application.id } } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.startProcessing).toEqual({
      application: null,
      userErrors: [{ field: null, code: 'INVALID_TRANSITION', message: 'This action is not possible for an application with status COMPLETED' }],
    });
  });

  test('required texts are userErrors too', async () => {
    const actors = actorsFor();
    const application = await applicationIn(services, ApplicationStatus.IN_PROGRESS, actors);
    const before = await snapshot(application);
    expect(await services.workflow.act(WorkflowAction.REQUEST_INFORMATION, application.id, actors.employee, { comment: '  ' })).toEqual({
      ok: false,
      problems: [{ field: 'comment', code: 'REQUIRED' }],
    });
    expect(await services.workflow.act(WorkflowAction.COMPLETE, application.id, actors.employee, {})).toEqual({ ok: false, problems: [{ field: 'decision', code: 'REQUIRED' }] });
    expect(await services.workflow.act(WorkflowAction.REJECT, application.id, actors.employee, { reason: 'x'.repeat(2001) })).toEqual({
      ok: false,
      problems: [{ field: 'reason', code: 'TOO_LONG', params: { limit: 2000 } }],
    });
    expect(await snapshot(application)).toEqual(before);
  });
});

describe('who may act', () => {
  const REGISTER = /* GraphQL */ `mutation($input: RegisterApplicationInput!) { registerApplication(input: $input) { application { id status } userErrors { code } } }`;
  const WITHDRAW = /* GraphQL */ `mutation($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { application { id status } userErrors { code } } }`;

  test('to an employee of another department the application is APPLICATION_NOT_FOUND, as a missing one, and nothing changes', async () => {
    const actors = actorsFor('MVD');
    const application = await applicationIn(services, ApplicationStatus.SUBMITTED, actors);
    const before = await snapshot(application);
    const gibdd = employee(newUserId(), 'GIBDD');
    const notFound = { ok: false, problems: [{ field: 'applicationId', code: 'APPLICATION_NOT_FOUND' }] };
    expect(await services.workflow.act(WorkflowAction.REGISTER, application.id, gibdd)).toEqual(notFound);
    const result = await execute(services, REGISTER, { viewer: gibdd, variables: { input: { applicationId: application.id } } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ registerApplication: { application: null, userErrors: [{ code: 'APPLICATION_NOT_FOUND' }] } });
    expect(await snapshot(application)).toEqual(before);
    // The right department may.
    const ok = await execute(services, REGISTER, { viewer: actors.employee, variables: { input: { applicationId: application.id } } });
    expect(ok.data.registerApplication).toEqual({ application: { id: application.id, status: 'REGISTERED' }, userErrors: [] });
  });

  test('citizens cannot do employee actions, not even on their own application', async () => {
    const actors = actorsFor();
    const application = await applicationIn(services, ApplicationStatus.SUBMITTED, actors);
    const before = await snapshot(application);
    expect(errorCodes(await execute(services, REGISTER, { viewer: actors.applicant, variables: { input: { applicationId: application.id } } }))).toEqual(['FORBIDDEN']);
    expect(await snapshot(application)).toEqual(before);
  });

  test('an unknown application is the same APPLICATION_NOT_FOUND userError', async () => {
    for (const applicationId of ['00000000-0000-4000-8000-00000000beef', 'not-a-uuid']) {
      const result = await execute(services, REGISTER, { viewer: employee(newUserId(), 'MVD'), variables: { input: { applicationId } } });
      expect(result.errors).toBeUndefined();
      expect(result.data.registerApplication).toEqual({ application: null, userErrors: [{ code: 'APPLICATION_NOT_FOUND' }] });
    }
  });

  test('withdrawal: the applicant only, and only from SUBMITTED or REGISTERED', async () => {
    const actors = actorsFor();
    for (const status of [ApplicationStatus.SUBMITTED, ApplicationStatus.REGISTERED]) {
      const application = await applicationIn(services, status, actors);
      const stranger = citizen(newUserId());
      // Another citizen: not theirs, so "not found"; an employee: not a citizen's action at all.
      const byStranger = await execute(services, WITHDRAW, { viewer: stranger, variables: { input: { applicationId: application.id } } });
      expect(byStranger.data.withdrawApplication).toEqual({ application: null, userErrors: [{ code: 'APPLICATION_NOT_FOUND' }] });
      expect(errorCodes(await execute(services, WITHDRAW, { viewer: actors.employee, variables: { input: { applicationId: application.id } } }))).toEqual(['FORBIDDEN']);
      const own = await execute(services, WITHDRAW, { viewer: actors.applicant, variables: { input: { applicationId: application.id, comment: 'Не нужно' } } });
      expect(own.data.withdrawApplication).toEqual({ application: { id: application.id, status: 'WITHDRAWN' }, userErrors: [] });
    }
    for (const status of [ApplicationStatus.IN_PROGRESS, ApplicationStatus.INFO_REQUESTED, ApplicationStatus.COMPLETED]) {
      const application = await applicationIn(services, status, actors);
      const result = await execute(services, WITHDRAW, { viewer: actors.applicant, variables: { input: { applicationId: application.id } } });
      expect(result.data.withdrawApplication.userErrors).toEqual([{ code: 'INVALID_TRANSITION' }]);
    }
  });
});

describe('provideInformation', () => {
  const PROVIDE = /* GraphQL */ `mutation($input: ProvideInformationInput!) {
    provideInformation(input: $input) { application { status formData history { from to actorRole comment } } userErrors { field code } }
  }`;

  test('round trip: the employee asks, the applicant answers with a form patch, work resumes', async () => {
    const actors = actorsFor();
    const application = await applicationIn(services, ApplicationStatus.INFO_REQUESTED, actors);
    const before = await snapshot(application);

    const invalid = await execute(services, PROVIDE, {
      viewer: actors.applicant,
      variables: { input: { applicationId: application.id, comment: 'Исправил', formDataPatch: { number: '12', series: null } } },
    });
    expect(invalid.data.provideInformation).toEqual({
      application: null,
      userErrors: expect.arrayContaining([
        { field: 'formDataPatch.number', code: 'PATTERN_MISMATCH' },
        { field: 'formDataPatch.series', code: 'REQUIRED' },
      ]),
    });
    expect(await snapshot(application)).toEqual(before);

    const stranger = await execute(services, PROVIDE, { viewer: citizen(newUserId()), variables: { input: { applicationId: application.id, comment: 'x' } } });
    expect(stranger.data.provideInformation).toEqual({ application: null, userErrors: [{ field: 'applicationId', code: 'APPLICATION_NOT_FOUND' }] });
    expect(await snapshot(application)).toEqual(before);

    const answered = await execute(services, PROVIDE, {
      viewer: actors.applicant,
      variables: { input: { applicationId: application.id, comment: 'Исправил номер', formDataPatch: { number: '654321' } } },
    });
    expect(answered.errors).toBeUndefined();
    const { status, formData, history } = answered.data.provideInformation.application;
    expect(status).toBe('IN_PROGRESS');
    expect(formData).toEqual({ series: '4510', number: '654321' });
    expect(history.slice(-2)).toEqual([
      { from: 'IN_PROGRESS', to: 'INFO_REQUESTED', actorRole: 'EMPLOYEE', comment: DETAILS.REQUEST_INFORMATION.comment },
      { from: 'INFO_REQUESTED', to: 'IN_PROGRESS', actorRole: 'APPLICANT', comment: 'Исправил номер' },
    ]);
    // And the employee can ask again: INFO_REQUESTED ⇄ IN_PROGRESS.
    expect((await act(services, WorkflowAction.REQUEST_INFORMATION, application, actors.employee)).status).toBe('INFO_REQUESTED');
  });
});

describe('concurrency and atomicity', () => {
  test('two employees starting processing at once: exactly one wins, one change is recorded', async () => {
    const actors = actorsFor();
    const colleague = employee(newUserId(), 'MVD');
    for (let round = 0; round < 5; round += 1) {
      const application = await applicationIn(services, ApplicationStatus.REGISTERED, actors);
      const outcomes = await Promise.all([
        services.workflow.act(WorkflowAction.START_PROCESSING, application.id, actors.employee),
        services.workflow.act(WorkflowAction.START_PROCESSING, application.id, colleague),
      ]);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      const loser = outcomes.find((o) => !o.ok);
      expect(loser && !loser.ok && loser.problems.map((p) => p.code)).toEqual([expect.stringMatching(/^(CONCURRENT_UPDATE|INVALID_TRANSITION)$/)]);
      const after = await snapshot(application);
      expect(after.row).toMatchObject({ status: 'IN_PROGRESS', version: 3 });
      expect(after.history).toBe(3);
      expect(after.events).toBe(3);
    }
  });

  test('a failure after the update rolls back the status, the history and the outbox event together', async () => {
    const actors = actorsFor();
    const application: ApplicationRow = await applicationIn(services, ApplicationStatus.REGISTERED, actors);
    // Occupy the history slot the next change will take: its insert fails after the update ran.
    await db.prisma.statusChange.create({
      data: { id: '00000000-0000-4000-8000-0000000000aa', applicationId: application.id, seq: application.version + 1, toStatus: 'IN_PROGRESS', actorRole: 'SYSTEM', at: clock.now() },
    });
    const before = await snapshot(application);
    await expect(services.workflow.act(WorkflowAction.START_PROCESSING, application.id, actors.employee)).rejects.toMatchObject({ code: 'P2002' });
    const after = await snapshot(application);
    expect(after).toEqual(before);
    expect(after.row).toMatchObject({ status: 'REGISTERED', version: application.version });
  });
});

describe('assignment and priority', () => {
  const ASSIGN = /* GraphQL */ `mutation($input: AssignApplicationInput!) { assignApplication(input: $input) { application { assignee { id } } userErrors { code } } }`;

  test('an employee takes an application (default: themself) or gives it to a colleague; closed ones stay as they are', async () => {
    const actors = actorsFor();
    const application = await applicationIn(services, ApplicationStatus.REGISTERED, actors);
    const self = await execute(services, ASSIGN, { viewer: actors.employee, variables: { input: { applicationId: application.id } } });
    expect(self.data.assignApplication).toEqual({ application: { assignee: { id: actors.employee.userId } }, userErrors: [] });
    const colleague = newUserId();
    const given = await execute(services, ASSIGN, { viewer: actors.employee, variables: { input: { applicationId: application.id, assigneeId: colleague } } });
    expect(given.data.assignApplication.application.assignee).toEqual({ id: colleague });
    const otherDepartment = await execute(services, ASSIGN, { viewer: employee(newUserId(), 'GIBDD'), variables: { input: { applicationId: application.id } } });
    expect(otherDepartment.data.assignApplication).toEqual({ application: null, userErrors: [{ code: 'APPLICATION_NOT_FOUND' }] });
    // Assignment is not a status change: no event.
    expect((await snapshot(application)).events).toBe(2);

    const closed = await applicationIn(services, ApplicationStatus.COMPLETED, actors);
    const refused = await execute(services, ASSIGN, { viewer: actors.employee, variables: { input: { applicationId: closed.id } } });
    expect(refused.data.assignApplication.userErrors).toEqual([{ code: 'APPLICATION_CLOSED' }]);
  });

  test('priority is set by the department', async () => {
    const actors = actorsFor();
    const application = await applicationIn(services, ApplicationStatus.SUBMITTED, actors);
    const result = await execute(
      services,
      /* GraphQL */ `mutation($input: SetApplicationPriorityInput!) { setApplicationPriority(input: $input) { application { priority } userErrors { code } } }`,
      { viewer: actors.employee, variables: { input: { applicationId: application.id, priority: 'HIGH' } } },
    );
    expect(result.data.setApplicationPriority).toEqual({ application: { priority: 'HIGH' }, userErrors: [] });
  });
});
