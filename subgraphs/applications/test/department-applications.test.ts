import type { ApplicationsServices } from '../src/services';
import { ApplicationStatus } from '../src/shared/enums';
import { applicationIn, submit } from './support/applications';
import { newUserId, VEHICLE_HISTORY, vehicleHistoryForm } from './support/fixtures';
import { ANONYMOUS, citizen, employee, errorCodes, execute, testServices, TestClock } from './support/graph';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/*
 * User.departmentApplications: what identity asks, with an employee's token, before it shows the
 * employee a person's name and contact. The department is always the caller's own.
 */

let db: TestDatabase;
let services: ApplicationsServices;
const applicant = citizen(newUserId());
const stranger = citizen(newUserId());
const mvd = employee(newUserId(), 'MVD');
const gibdd = employee(newUserId(), 'GIBDD');
const minpros = employee(newUserId(), 'MINPROS');
const ids: Record<string, string> = {};

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id departmentApplications { id } } } }
`;
const users = (...viewers: { userId: string | null }[]) => ({ representations: viewers.map((v) => ({ __typename: 'User', id: v.userId })) });
const idsOf = (user: { departmentApplications: { id: string }[] } | null) => user?.departmentApplications.map((a) => a.id);

beforeAll(async () => {
  db = await createTestDatabase();
  const clock = new TestClock();
  services = testServices(db, clock);
  ids.closedMvd = (await applicationIn(services, ApplicationStatus.COMPLETED, { applicant, employee: mvd })).id;
  clock.advance(60_000);
  ids.openMvd = (await submit(services, applicant.userId as string)).id;
  clock.advance(60_000);
  ids.gibdd = (await submit(services, applicant.userId as string, VEHICLE_HISTORY, vehicleHistoryForm())).id;
});

afterAll(async () => {
  await db?.drop();
});

describe("User.departmentApplications: a person's applications in the employee's own department", () => {
  test('gives each employee the applications in their department only, newest first, closed ones included', async () => {
    const asMvd = await execute(services, ENTITIES, { viewer: mvd, variables: users(applicant, stranger) });
    expect(asMvd.errors).toBeUndefined();
    expect(asMvd.data?._entities.map(idsOf)).toEqual([[ids.openMvd, ids.closedMvd], []]);
    const asGibdd = await execute(services, ENTITIES, { viewer: gibdd, variables: users(applicant) });
    expect(asGibdd.data?._entities.map(idsOf)).toEqual([[ids.gibdd]]);
    const asMinpros = await execute(services, ENTITIES, { viewer: minpros, variables: users(applicant) });
    expect(asMinpros.data?._entities.map(idsOf)).toEqual([[]]);
  });

  test('is refused to citizens (the applicant too) and to anonymous callers', async () => {
    for (const viewer of [applicant, stranger]) {
      const result = await execute(services, ENTITIES, { viewer, variables: users(applicant) });
      expect(result.data?._entities).toEqual([{ id: applicant.userId, departmentApplications: null }]);
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    }
    const anonymous = await execute(services, ENTITIES, { viewer: ANONYMOUS, variables: users(applicant) });
    expect(anonymous.data?._entities).toEqual([{ id: applicant.userId, departmentApplications: null }]);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
