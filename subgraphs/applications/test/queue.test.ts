import type { ApplicationsServices } from '../src/services';
import { ApplicationStatus } from '../src/shared/enums';
import { actorsFor, applicationIn } from './support/applications';
import { CRIMINAL_RECORD, criminalRecordForm, newUserId, VEHICLE_HISTORY, vehicleHistoryForm } from './support/fixtures';
import { ANONYMOUS, catalogService, citizen, DAY, employee, errorCodes, execute, testServices, TestClock } from './support/graph';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let clock: TestClock;
let services: ApplicationsServices;
const mvd = employee(newUserId(), 'MVD');
const colleague = employee(newUserId(), 'MVD');
const gibdd = employee(newUserId(), 'GIBDD');
const ids: Record<string, string> = {};
let criminalRecordId: string;

// Wednesday 4 March 2026, 12:00 in Moscow.
const NOW = new Date('2026-03-04T09:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  clock = new TestClock(NOW);
  services = testServices(db, clock);
  criminalRecordId = (await catalogService(CRIMINAL_RECORD)).id;
  const actors = { applicant: citizen(newUserId()), employee: mvd };
  const arrange = async (name: string, status: ApplicationStatus, deadline: string, code?: string, form?: Record<string, unknown>, actorsOverride = actors) => {
    clock.advance(60_000); // distinct submission times, in the order of arrangement
    const application = await applicationIn(services, status, actorsOverride, code, form);
    await db.prisma.application.update({ where: { id: application.id }, data: { deadline: new Date(deadline) } });
    ids[name] = application.id;
  };
  await arrange('overdue', ApplicationStatus.REGISTERED, '2026-03-03T20:59:59.999Z');
  await arrange('today', ApplicationStatus.IN_PROGRESS, '2026-03-04T20:59:59.999Z');
  await arrange('thisWeek', ApplicationStatus.SUBMITTED, '2026-03-06T20:59:59.999Z');
  await arrange('later', ApplicationStatus.INFO_REQUESTED, '2026-03-10T20:59:59.999Z', CRIMINAL_RECORD, criminalRecordForm());
  await arrange('closed', ApplicationStatus.COMPLETED, '2026-03-05T20:59:59.999Z');
  await arrange('gibdd', ApplicationStatus.SUBMITTED, '2026-03-05T20:59:59.999Z', VEHICLE_HISTORY, vehicleHistoryForm(), { applicant: actors.applicant, employee: gibdd });
  await services.workflow.setPriority(ids.thisWeek, mvd, 'HIGH' as never);
  await services.workflow.assign(ids.today, mvd, null);
  clock.set(NOW);
});

afterAll(async () => {
  await db?.drop();
});

const QUEUE = /* GraphQL */ `
  query Queue($filter: QueueFilter, $orderBy: QueueOrder, $first: Int, $after: String, $savedFilterId: ID) {
    departmentQueue(filter: $filter, orderBy: $orderBy, first: $first, after: $after, savedFilterId: $savedFilterId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id status deadlineBucket } }
    }
  }
`;

const names = (result: { data?: any }) => // eslint-disable-line @typescript-eslint/no-explicit-any
  result.data.departmentQueue.edges.map((edge: { node: { id: string } }) => Object.keys(ids).find((name) => ids[name] === edge.node.id));

async function queue(variables: Record<string, unknown> = {}, viewer = mvd) {
  const result = await execute(services, QUEUE, { viewer, variables });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { names: names(result), totalCount: result.data.departmentQueue.totalCount as number, result };
}

describe('departmentQueue', () => {
  test("by default: the department's open applications, nearest deadline first", async () => {
    const { names: found, totalCount, result } = await queue();
    expect(found).toEqual(['overdue', 'today', 'thisWeek', 'later']);
    expect(totalCount).toBe(4);
    expect(result.data.departmentQueue.edges.map((e: { node: { deadlineBucket: string } }) => e.node.deadlineBucket)).toEqual(['OVERDUE', 'TODAY', 'THIS_WEEK', 'LATER']);
    expect((await queue({}, gibdd)).names).toEqual(['gibdd']);
  });

  test('deadline buckets follow the clock', async () => {
    expect((await queue({ filter: { deadlineBucket: 'OVERDUE' } })).names).toEqual(['overdue']);
    expect((await queue({ filter: { deadlineBucket: 'TODAY' } })).names).toEqual(['today']);
    expect((await queue({ filter: { deadlineBucket: 'THIS_WEEK' } })).names).toEqual(['thisWeek']);
    expect((await queue({ filter: { deadlineBucket: 'LATER' } })).names).toEqual(['later']);
    clock.set(new Date(NOW.getTime() + 2 * DAY)); // Friday
    try {
      expect((await queue({ filter: { deadlineBucket: 'OVERDUE' } })).names).toEqual(['overdue', 'today']);
      expect((await queue({ filter: { deadlineBucket: 'TODAY' } })).names).toEqual(['thisWeek']);
      expect((await queue({ filter: { deadlineBucket: 'THIS_WEEK' } })).names).toEqual([]);
      expect((await queue({ filter: { deadlineBucket: 'LATER' } })).names).toEqual(['later']);
    } finally {
      clock.set(NOW);
    }
  });

  test('status, service, priority and assignee filters, together too', async () => {
    expect((await queue({ filter: { status: 'COMPLETED' } })).names).toEqual(['closed']);
    expect((await queue({ filter: { status: ['SUBMITTED', 'COMPLETED'] } })).names).toEqual(['closed', 'thisWeek']); // 5 March before 6 March
    expect((await queue({ filter: { serviceId: criminalRecordId } })).names).toEqual(['later']);
    expect((await queue({ filter: { priority: 'HIGH' } })).names).toEqual(['thisWeek']);
    expect((await queue({ filter: { assigneeId: mvd.userId } })).names).toEqual(['today']);
    expect((await queue({ filter: { unassigned: true } })).names).toEqual(['overdue', 'thisWeek', 'later']);
    expect((await queue({ filter: { unassigned: false } })).names).toEqual(['today']);
    expect((await queue({ filter: { unassigned: true, priority: 'NORMAL', deadlineBucket: 'OVERDUE' } })).names).toEqual(['overdue']);
  });

  test('orders and pages', async () => {
    expect((await queue({ orderBy: 'SUBMITTED_DESC' })).names).toEqual(['later', 'thisWeek', 'today', 'overdue']);
    expect((await queue({ orderBy: 'PRIORITY' })).names).toEqual(['thisWeek', 'overdue', 'today', 'later']);
    const first = await queue({ first: 3 });
    expect(first.names).toEqual(['overdue', 'today', 'thisWeek']);
    expect(first.result.data.departmentQueue.pageInfo.hasNextPage).toBe(true);
    const second = await queue({ first: 3, after: first.result.data.departmentQueue.pageInfo.endCursor });
    expect(second.names).toEqual(['later']);
    expect(second.totalCount).toBe(4);
  });

  test('employees of a department only; bad ids are BAD_USER_INPUT', async () => {
    expect(errorCodes(await execute(services, QUEUE, { viewer: ANONYMOUS }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await execute(services, QUEUE, { viewer: citizen(newUserId()) }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(services, QUEUE, { viewer: employee(newUserId(), null as never) }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(services, QUEUE, { viewer: mvd, variables: { filter: { serviceId: 'nope' } } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await execute(services, QUEUE, { viewer: mvd, variables: { filter: { unassigned: true, assigneeId: mvd.userId } } }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('saved filters', () => {
  const SAVE = /* GraphQL */ `mutation($input: SaveQueueFilterInput!) {
    saveQueueFilter(input: $input) { savedFilter { id name orderBy filter { status deadlineBucket priority unassigned serviceId assigneeId } } userErrors { field code } }
  }`;
  const LIST = /* GraphQL */ `{ mySavedFilters { id name } }`;
  const DELETE = /* GraphQL */ `mutation($input: DeleteSavedFilterInput!) { deleteSavedFilter(input: $input) { deletedId userErrors { field code } } }`;

  test('save, list, apply (with overrides), replace by name, delete — each employee their own', async () => {
    const saved = await execute(services, SAVE, { viewer: mvd, variables: { input: { name: ' Срочные ', filter: { unassigned: true }, orderBy: 'PRIORITY' } } });
    expect(saved.errors).toBeUndefined();
    const filter = saved.data.saveQueueFilter.savedFilter;
    expect(filter).toMatchObject({
      name: 'Срочные',
      orderBy: 'PRIORITY',
      filter: { status: null, deadlineBucket: null, priority: null, unassigned: true, serviceId: null, assigneeId: null },
    });

    expect((await queue({ savedFilterId: filter.id })).names).toEqual(['thisWeek', 'overdue', 'later']);
    // Explicit arguments win over the saved ones.
    expect((await queue({ savedFilterId: filter.id, orderBy: 'DEADLINE_ASC', filter: { deadlineBucket: 'LATER' } })).names).toEqual(['later']);

    // Another employee can neither see nor apply nor delete it.
    expect((await execute(services, LIST, { viewer: colleague })).data.mySavedFilters).toEqual([]);
    expect(errorCodes(await execute(services, QUEUE, { viewer: colleague, variables: { savedFilterId: filter.id } }))).toEqual(['NOT_FOUND']);
    expect((await execute(services, DELETE, { viewer: colleague, variables: { input: { id: filter.id } } })).data.deleteSavedFilter).toEqual({
      deletedId: null,
      userErrors: [{ field: 'id', code: 'SAVED_FILTER_NOT_FOUND' }],
    });

    // Saving under the same name replaces it.
    const replaced = await execute(services, SAVE, { viewer: mvd, variables: { input: { name: 'Срочные', filter: { deadlineBucket: 'OVERDUE', status: ['REGISTERED'] } } } });
    expect(replaced.data.saveQueueFilter.savedFilter).toMatchObject({ id: filter.id, orderBy: null, filter: { deadlineBucket: 'OVERDUE', status: ['REGISTERED'], unassigned: null } });
    await execute(services, SAVE, { viewer: mvd, variables: { input: { name: 'Все', filter: {} } } });
    expect((await execute(services, LIST, { viewer: mvd })).data.mySavedFilters.map((f: { name: string }) => f.name)).toEqual(['Все', 'Срочные']);
    expect((await queue({ savedFilterId: filter.id })).names).toEqual(['overdue']);

    expect((await execute(services, DELETE, { viewer: mvd, variables: { input: { id: filter.id } } })).data.deleteSavedFilter).toEqual({ deletedId: filter.id, userErrors: [] });
    expect((await execute(services, LIST, { viewer: mvd })).data.mySavedFilters.map((f: { name: string }) => f.name)).toEqual(['Все']);
  });

  test('a name is required; citizens have no saved filters', async () => {
    expect((await execute(services, SAVE, { viewer: mvd, variables: { input: { name: '  ', filter: {} } } })).data.saveQueueFilter.userErrors).toEqual([{ field: 'name', code: 'REQUIRED' }]);
    expect(errorCodes(await execute(services, SAVE, { viewer: citizen(newUserId()), variables: { input: { name: 'x', filter: {} } } }))).toEqual(['FORBIDDEN']);
  });
});
