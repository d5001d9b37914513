import { OPEN_DATA_COLUMNS } from '../src/stats/open-data';
import type { ApplicationsServices } from '../src/services';
import { ApplicationStatus } from '../src/shared/enums';
import { WorkflowAction } from '../src/workflow/transitions';
import { act, actorsFor, submit } from './support/applications';
import { CRIMINAL_RECORD, criminalRecordForm, PASSPORT_CHECK } from './support/fixtures';
import { ANONYMOUS, catalogService, DAY, execute, HOUR, testServices, TestClock } from './support/graph';
import { startTestServer, type TestServer } from './support/server';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let clock: TestClock;
let services: ApplicationsServices;
let server: TestServer;
let passportCheckId: string;
let criminalRecordId: string;

const MONDAY = new Date('2026-03-02T09:00:00Z');
const FRIDAY = new Date(MONDAY.getTime() + 4 * DAY);

beforeAll(async () => {
  db = await createTestDatabase();
  clock = new TestClock(MONDAY);
  services = testServices(db, clock);
  passportCheckId = (await catalogService(PASSPORT_CHECK)).id;
  criminalRecordId = (await catalogService(CRIMINAL_RECORD)).id;
  const actors = actorsFor('MVD');
  const applicant = actors.applicant.userId as string;
  const at = (date: Date, hours = 0) => clock.set(new Date(date.getTime() + hours * HOUR));

  // A: decided on time, 12 hours after submission (deadline: end of Tuesday).
  at(MONDAY);
  let a = await submit(services, applicant);
  at(MONDAY, 1);
  a = await act(services, WorkflowAction.REGISTER, a, actors.employee);
  a = await act(services, WorkflowAction.START_PROCESSING, a, actors.employee);
  at(MONDAY, 12);
  await act(services, WorkflowAction.COMPLETE, a, actors.employee);
  // B: rejected late, 72 hours after submission.
  at(MONDAY);
  let b = await submit(services, applicant);
  at(MONDAY, 1);
  b = await act(services, WorkflowAction.REGISTER, b, actors.employee);
  b = await act(services, WorkflowAction.START_PROCESSING, b, actors.employee);
  at(MONDAY, 72);
  await act(services, WorkflowAction.REJECT, b, actors.employee);
  // C: withdrawn.
  at(MONDAY);
  await act(services, WorkflowAction.WITHDRAW, await submit(services, applicant), actors.applicant);
  // D: open and past its deadline by Friday.
  at(MONDAY, 1);
  await act(services, WorkflowAction.REGISTER, await submit(services, applicant), actors.employee);
  // E: open, submitted on Friday, still within its term.
  at(FRIDAY);
  await submit(services, applicant);
  // Another service of the department: one open application far from its deadline.
  await submit(services, applicant, CRIMINAL_RECORD, criminalRecordForm());
  clock.set(FRIDAY);
  server = await startTestServer(db.schema, clock.now);
});

afterAll(async () => {
  await server?.running.stop();
  await db?.drop();
});

const PASSPORT_CHECK_STATS = { submitted: 5, completed: 1, rejected: 1, withdrawn: 1, open: 2, averageProcessingHours: 42, shareOverdue: 0.6667 };
const CRIMINAL_RECORD_STATS = { submitted: 1, completed: 0, rejected: 0, withdrawn: 0, open: 1, averageProcessingHours: null, shareOverdue: 0 };
const STATS_FIELDS = 'submitted completed rejected withdrawn open averageProcessingHours shareOverdue';

test('Service.stats through _entities, for anyone, batched over services', async () => {
  const result = await execute(
    services,
    /* GraphQL */ `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Service { id stats { ${STATS_FIELDS} } } } }`,
    {
      viewer: ANONYMOUS,
      variables: {
        representations: [
          { __typename: 'Service', id: passportCheckId },
          { __typename: 'Service', id: criminalRecordId },
          { __typename: 'Service', id: '00000000-0000-4000-8000-000000000999' },
        ],
      },
    },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data._entities).toEqual([
    { id: passportCheckId, stats: PASSPORT_CHECK_STATS },
    { id: criminalRecordId, stats: CRIMINAL_RECORD_STATS },
    { id: '00000000-0000-4000-8000-000000000999', stats: { submitted: 0, completed: 0, rejected: 0, withdrawn: 0, open: 0, averageProcessingHours: null, shareOverdue: 0 } },
  ]);
});

test('departmentStats: the same numbers over the department', async () => {
  const query = /* GraphQL */ `query($id: ID!) { departmentStats(departmentId: $id) { ${STATS_FIELDS} } }`;
  const mvd = await execute(services, query, { variables: { id: 'MVD' } });
  expect(mvd.data.departmentStats).toEqual({ submitted: 6, completed: 1, rejected: 1, withdrawn: 1, open: 3, averageProcessingHours: 42, shareOverdue: 0.6667 });
  const gibdd = await execute(services, query, { variables: { id: 'GIBDD' } });
  expect(gibdd.data.departmentStats).toMatchObject({ submitted: 0, shareOverdue: 0, averageProcessingHours: null });
});

describe('open data over HTTP, public', () => {
  test('JSON: per service code, counts and averages only', async () => {
    const response = await fetch(`${server.baseUrl}/open-data/service-stats.json`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { generatedAt: string; services: Record<string, unknown>[] };
    expect(body.generatedAt).toBe(FRIDAY.toISOString());
    expect(body.services.map((s) => s.serviceCode)).toEqual([CRIMINAL_RECORD, PASSPORT_CHECK]);
    expect(body.services[1]).toEqual({
      serviceCode: PASSPORT_CHECK,
      serviceTitleRu: expect.any(String),
      serviceTitleEn: expect.any(String),
      departmentId: 'MVD',
      ...PASSPORT_CHECK_STATS,
    });
    for (const row of body.services) expect(Object.keys(row)).toEqual([...OPEN_DATA_COLUMNS]);
    // No people, no form data.
    const text = JSON.stringify(body);
    for (const forbidden of ['applicant', '4510', '123456', 'formData']) expect(text).not.toContain(forbidden);
  });

  test('CSV: a header and one line per service', async () => {
    const response = await fetch(`${server.baseUrl}/open-data/service-stats.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text()).split('\r\n');
    expect(lines[0]).toBe(OPEN_DATA_COLUMNS.join(','));
    expect(lines).toHaveLength(4); // header, two services, the empty string after the last CRLF
    const passport = lines.find((line) => line.startsWith(`${PASSPORT_CHECK},`)) as string;
    expect(passport.endsWith(',MVD,5,1,1,1,2,42,0.6667')).toBe(true);
    const criminal = lines.find((line) => line.startsWith(`${CRIMINAL_RECORD},`)) as string;
    expect(criminal.endsWith(',MVD,1,0,0,0,1,,0')).toBe(true);
  });
});

test('statuses counted are the stored ones', async () => {
  const byStatus = await db.prisma.application.groupBy({ by: ['status'], _count: true, where: { serviceId: passportCheckId } });
  expect(Object.fromEntries(byStatus.map((g) => [g.status, g._count]))).toEqual({
    [ApplicationStatus.COMPLETED]: 1,
    [ApplicationStatus.REJECTED]: 1,
    [ApplicationStatus.WITHDRAWN]: 1,
    [ApplicationStatus.REGISTERED]: 1,
    [ApplicationStatus.SUBMITTED]: 1,
  });
});
