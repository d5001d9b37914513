import { kindergartenApplicationStatusChanged, sealEvent, TEST_LIVE_EVENT_KEY } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, citizen, employee, errorCodes, execute } from './support/graph';
import { createTestDatabase, insertKindergarten, insertSchool, TestParent, type TestDatabase } from './support/test-database';
import { eventsOf } from './support/events';

/** Every education field through the real schema and shield: public, parent-only and MINPROS-only. */
let db: TestDatabase;
let parent: TestParent;
let other: TestParent;
let applicationId: string;
let enrollmentId: string;
let kindergartenId: string;
let groupId: string;
let eventId: string;

const minpros = employee(randomUUID(), 'MINPROS');
const mvd = employee(randomUUID(), 'MVD');

beforeAll(async () => {
  db = await createTestDatabase();
  db.clock.set('2027-04-05T09:00:00Z');
  parent = new TestParent(db);
  other = new TestParent(db);
  const k = await insertKindergarten(db, { number: 77 });
  kindergartenId = k.id;
  groupId = k.groups[1].id;
  const school = await insertSchool(db, { number: 5, territory: ['ул. Арбат'] });
  const applied = await execute(
    db.services,
    /* GraphQL */ `mutation($input: ApplyForKindergartenInput!) { applyForKindergarten(input: $input) { application { id status queuePositions { position total kindergarten { number } group { name } } } userErrors { code } } }`,
    { viewer: citizen(parent.id, parent.token), variables: { input: { childId: parent.child('2024-01-15'), kindergartenIds: [k.id], desiredStartDate: '2027-09-01' } } },
  );
  expect(applied.errors).toBeUndefined();
  expect(applied.data?.applyForKindergarten.application.queuePositions).toEqual([{ position: 1, total: 1, kindergarten: { number: 77 }, group: { name: 'Младшая' } }]);
  applicationId = applied.data?.applyForKindergarten.application.id;
  const enrolled = await db.services.schoolEnrollments.apply(parent.id, parent.token, { childId: parent.child('2020-06-01'), schoolId: school.id, registeredAddress: 'ул. Арбат, 1' });
  if (!enrolled.ok) throw new Error(JSON.stringify(enrolled.problems));
  enrollmentId = enrolled.value.id;
  eventId = (await eventsOf(db, 'KindergartenApplication', applicationId))[0].id;
});
afterAll(() => db?.close());

const APPLICATION = /* GraphQL */ `query($id: ID!) { kindergartenApplication(id: $id) { id status } }`;
const ENTITIES = /* GraphQL */ `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on KindergartenApplication { id status } ... on SchoolEnrollment { id enrollmentStatus: status } } }`;

describe('public', () => {
  it('anyone, also anonymous, searches kindergartens (by district, the child’s age, free places) and schools', async () => {
    const result = await execute(
      db.services,
      `{ kindergartens(filter: { district: "хамовники", childBirthDate: "2024-01-15", onDate: "2027-09-01", withFreePlaces: true }) { totalCount edges { node { number freePlaces groups { name freePlaces } } } }
         schools(filter: { address: "Москва, ул. Арбат, 7" }) { totalCount edges { node { number territory freePlaces } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.kindergartens.totalCount).toBe(1);
    expect(result.data?.kindergartens.edges[0].node.groups[1]).toEqual({ name: 'Младшая', freePlaces: 2 });
    expect(result.data?.schools.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([5]);
    const tooOld = await execute(db.services, `{ kindergartens(filter: { childBirthDate: "2018-01-01" }) { totalCount } }`);
    expect(tooOld.data?.kindergartens.totalCount).toBe(0);
  });
});

describe('applications: the parent and MINPROS only', () => {
  it('the parent and a MINPROS employee see the application; another parent, an MVD employee and anonymous do not', async () => {
    expect((await execute(db.services, APPLICATION, { viewer: citizen(parent.id), variables: { id: applicationId } })).data?.kindergartenApplication.status).toBe('QUEUED');
    expect((await execute(db.services, APPLICATION, { viewer: minpros, variables: { id: applicationId } })).data?.kindergartenApplication.id).toBe(applicationId);
    expect(errorCodes(await execute(db.services, APPLICATION, { viewer: citizen(other.id), variables: { id: applicationId } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(db.services, APPLICATION, { viewer: mvd, variables: { id: applicationId } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(db.services, APPLICATION, { viewer: ANONYMOUS, variables: { id: applicationId } }))).toEqual(['UNAUTHENTICATED']);
    // No such application: null without an error (README, API conventions), for anyone signed in.
    expect(await execute(db.services, APPLICATION, { viewer: citizen(other.id), variables: { id: randomUUID() } })).toEqual({ data: { kindergartenApplication: null } });
  });

  it('through _entities too: a foreign KindergartenApplication or SchoolEnrollment is refused', async () => {
    const reps = [{ __typename: 'KindergartenApplication', id: applicationId }, { __typename: 'SchoolEnrollment', id: enrollmentId }];
    const own = await execute(db.services, ENTITIES, { viewer: citizen(parent.id), variables: { reps } });
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities.map((e: { id: string }) => e.id)).toEqual([applicationId, enrollmentId]);
    const foreign = await execute(db.services, ENTITIES, { viewer: citizen(other.id), variables: { reps } });
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(foreign.data?._entities).toEqual([null, null]);
    expect(errorCodes(await execute(db.services, ENTITIES, { viewer: ANONYMOUS, variables: { reps } }))).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });

  it('User.kindergartenApplications / schoolEnrollments: only the user themself', async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { kindergartenApplications { totalCount } schoolEnrollments { totalCount } } } }`;
    const reps = [{ __typename: 'User', id: parent.id }];
    const own = await execute(db.services, query, { viewer: citizen(parent.id), variables: { reps } });
    expect(own.data?._entities[0]).toEqual({ kindergartenApplications: { totalCount: 1 }, schoolEnrollments: { totalCount: 1 } });
    for (const viewer of [citizen(other.id), minpros]) {
      const refused = await execute(db.services, query, { viewer, variables: { reps } });
      expect(new Set(errorCodes(refused))).toEqual(new Set(['FORBIDDEN']));
      expect(refused.data?._entities).toEqual([{ kindergartenApplications: null, schoolEnrollments: null }]);
    }
  });

  it('the status event (live subscription) is for the parent and MINPROS only', async () => {
    const query = `query($event: String!) { kindergartenApplicationStatusChangedEvent(event: $event) { from to application { id } } }`;
    const [held] = await db.services.outbox.byIds(kindergartenApplicationStatusChanged, [eventId]);
    const event = sealEvent(held!, TEST_LIVE_EVENT_KEY);
    const own = await execute(db.services, query, { viewer: citizen(parent.id), variables: { event } });
    expect(own.data?.kindergartenApplicationStatusChangedEvent).toEqual({ from: null, to: 'QUEUED', application: { id: applicationId } });
    expect(errorCodes(await execute(db.services, query, { viewer: citizen(other.id), variables: { event } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(db.services, query, { viewer: mvd, variables: { event } }))).toEqual(['FORBIDDEN']);
    // Made up by a caller (not sealed by the gateway) or altered: no such event.
    const forged = sealEvent({ ...held!, payload: { ...held!.payload, parentId: other.id } }, 'not-the-key');
    expect((await execute(db.services, query, { viewer: citizen(other.id), variables: { event: forged } })).data?.kindergartenApplicationStatusChangedEvent).toBeNull();
  });

  it('another parent cannot cancel, accept or decline; their attempt changes nothing', async () => {
    for (const mutation of ['cancelKindergartenApplication', 'acceptKindergartenOffer', 'declineKindergartenOffer']) {
      const result = await execute(db.services, `mutation($id: ID!) { ${mutation}(input: { applicationId: $id }) { application { id } userErrors { code } } }`, {
        viewer: citizen(other.id),
        variables: { id: applicationId },
      });
      expect(result.data?.[mutation]).toEqual({ application: null, userErrors: [{ code: 'APPLICATION_NOT_FOUND' }] });
    }
    expect((await db.services.kindergartenApplications.byIds([applicationId]))[0]?.status).toBe('QUEUED');
  });
});

describe('MINPROS-only operations', () => {
  const offer = `mutation($a: ID!, $k: ID!) { offerKindergartenPlace(input: { applicationId: $a, kindergartenId: $k }) { application { status } userErrors { code } } }`;
  const queue = `query($g: ID!) { kindergartenGroupQueue(groupId: $g) { totalCount } }`;
  const schoolQueue = `query($s: ID!) { schoolEnrollmentQueue(schoolId: $s) { totalCount } }`;
  const decide = `mutation($e: ID!) { decideSchoolEnrollment(input: { enrollmentId: $e, decision: REFUSED }) { enrollment { status } userErrors { code } } }`;

  it('a citizen, an MVD employee and anonymous are refused', async () => {
    const school = (await db.services.schoolEnrollments.byIds([enrollmentId]))[0]?.schoolId as string;
    for (const viewer of [citizen(parent.id), mvd]) {
      expect(errorCodes(await execute(db.services, offer, { viewer, variables: { a: applicationId, k: kindergartenId } }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(db.services, queue, { viewer, variables: { g: groupId } }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(db.services, schoolQueue, { viewer, variables: { s: school } }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await execute(db.services, decide, { viewer, variables: { e: enrollmentId } }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await execute(db.services, offer, { viewer: ANONYMOUS, variables: { a: applicationId, k: kindergartenId } }))).toEqual(['UNAUTHENTICATED']);
    expect((await db.services.kindergartenApplications.byIds([applicationId]))[0]?.status).toBe('QUEUED');
  });

  it('citizens-only mutations refuse employees and anonymous callers', async () => {
    const apply = `mutation { applyForKindergarten(input: { childId: "${randomUUID()}", kindergartenIds: ["${kindergartenId}"], desiredStartDate: "2027-09-01" }) { userErrors { code } } }`;
    expect(errorCodes(await execute(db.services, apply, { viewer: minpros }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await execute(db.services, apply, { viewer: ANONYMOUS }))).toEqual(['UNAUTHENTICATED']);
  });

  it('a MINPROS employee sees the group queue and offers the place', async () => {
    expect((await execute(db.services, queue, { viewer: minpros, variables: { g: groupId } })).data?.kindergartenGroupQueue.totalCount).toBe(1);
    const result = await execute(db.services, offer, { viewer: minpros, variables: { a: applicationId, k: kindergartenId } });
    expect(result.data?.offerKindergartenPlace).toEqual({ application: { status: 'OFFERED' }, userErrors: [] });
  });
});
