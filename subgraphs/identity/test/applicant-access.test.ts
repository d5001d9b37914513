import { ANONYMOUS, errorCodes, Role, subgraphExecutor, type Viewer } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { buildIdentitySchema } from '../src/schema';
import { DEMO_USERS } from '../src/seed-data';
import { seedDemoData } from '../src/seed';
import { createIdentityServices, type IdentityServices } from '../src/services';
import { FakeApplications } from './support/fake-applications';
import { createTestDatabase, outboxRows, quietLogger, type TestDatabase } from './support/test-database';
import { testKeys, TestClock } from './support/test-services';

/*
 * An employee reads the name and contact of the people who applied to their department — and
 * only theirs: identity asks applications with the employee's own token, and journals each read.
 */

const execute = subgraphExecutor<IdentityServices>(buildIdentitySchema);
const demo = (email: string) => DEMO_USERS.find((user) => user.email === email)!;
const CITIZEN = demo('citizen@demo.gosuslugi.local');
const CITIZEN_2 = demo('citizen2@demo.gosuslugi.local');
const MVD = demo('employee.mvd@demo.gosuslugi.local');
const GIBDD = demo('employee.gibdd@demo.gosuslugi.local');

const viewer = (user: { id: string }, roles: Role[], departmentId: string | null, token: string): Viewer => ({ userId: user.id, roles, departmentId, scopes: [], token });
const mvdEmployee = viewer(MVD, [Role.EMPLOYEE], 'MVD', 'mvd-token');
const gibddEmployee = viewer(GIBDD, [Role.EMPLOYEE], 'GIBDD', 'gibdd-token');
const otherCitizen = viewer(CITIZEN_2, [Role.CITIZEN], null, 'citizen2-token');

const PERSON = /* GraphQL */ `
  query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id lastName firstName middleName email phone } } }
`;
const reps = (...users: { id: string }[]) => ({ reps: users.map((user) => ({ __typename: 'User', id: user.id })) });

let db: TestDatabase;
let applications: FakeApplications;
let services: IdentityServices;
const applicationId = randomUUID();

const contactReads = async () => (await outboxRows(db.pool, db.schema)).filter((row) => row.type === 'security.applicant_contact_read');

beforeAll(async () => {
  db = await createTestDatabase();
  const keys = testKeys();
  await seedDemoData(db.prisma, quietLogger(), keys.documents);
  applications = new FakeApplications();
  applications.file(mvdEmployee.token as string, CITIZEN.id, applicationId);
  services = createIdentityServices(db.prisma, { keys, now: new TestClock().now, dbSchema: db.schema, applications });
});

afterAll(() => db?.close());

beforeEach(async () => {
  applications.calls.length = 0;
  applications.down = false;
  await db.pool.query(`DELETE FROM "${db.schema}".outbox_event WHERE type = 'security.applicant_contact_read'`);
});

describe("an employee reading the people their department serves", () => {
  it("shows the employee an applicant's name and contact, asking applications with the employee's own token", async () => {
    const result = await execute(services, PERSON, { viewer: mvdEmployee, variables: reps(CITIZEN) });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: CITIZEN.id, lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович', email: CITIZEN.email, phone: CITIZEN.phone },
    ]);
    // One batched question for the whole request, whatever the number of fields.
    expect(applications.calls).toEqual([{ userIds: [CITIZEN.id], token: 'mvd-token' }]);
  });

  it('journals the read once per request and person: who read whose contact, for which application', async () => {
    await execute(services, PERSON, { viewer: mvdEmployee, variables: reps(CITIZEN) });
    const rows = await contactReads();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject_type: 'User',
      subject_id: CITIZEN.id,
      audience: { userIds: [CITIZEN.id] },
      payload: { actorId: MVD.id, actorType: 'EMPLOYEE', requestId: 'test-request', details: { departmentId: 'MVD', applicationIds: [applicationId] } },
    });
    // Personal data stays out of the journal.
    expect(JSON.stringify(rows[0])).not.toContain(CITIZEN.email);
    expect(JSON.stringify(rows[0])).not.toContain(CITIZEN.phone);
  });

  it("still refuses the employee the applicant's documents and everything else of the account", async () => {
    const result = await execute(services, `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { birthDate documents { snils } } } }`, {
      viewer: mvdEmployee,
      variables: reps(CITIZEN),
    });
    expect(result.data?._entities).toEqual([null]);
    expect(errorCodes(result)).toEqual(expect.arrayContaining(['FORBIDDEN']));
    expect(errorCodes(result).every((code) => code === 'FORBIDDEN')).toBe(true);
  });

  it('refuses an employee of a department the person did not apply to, and journals nothing', async () => {
    const result = await execute(services, PERSON, { viewer: gibddEmployee, variables: reps(CITIZEN) });
    expect(result.data?._entities).toEqual([null]);
    expect(errorCodes(result).length).toBeGreaterThan(0);
    expect(errorCodes(result).every((code) => code === 'FORBIDDEN')).toBe(true);
    // applications answered the GIBDD employee's own token: nobody there.
    expect(applications.calls).toEqual([{ userIds: [CITIZEN.id], token: 'gibdd-token' }]);
    expect(await contactReads()).toEqual([]);
  });

  it('refuses another citizen without asking applications, and anonymous callers as UNAUTHENTICATED', async () => {
    const citizen = await execute(services, PERSON, { viewer: otherCitizen, variables: reps(CITIZEN) });
    expect(citizen.data?._entities).toEqual([null]);
    expect(errorCodes(citizen).every((code) => code === 'FORBIDDEN')).toBe(true);
    const anonymous = await execute(services, PERSON, { viewer: ANONYMOUS, variables: reps(CITIZEN) });
    expect(anonymous.data?._entities).toEqual([null]);
    expect(errorCodes(anonymous).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(applications.calls).toEqual([]);
    expect(await contactReads()).toEqual([]);
  });

  it('refuses when applications cannot answer (fail closed), and journals nothing', async () => {
    applications.down = true;
    const result = await execute(services, PERSON, { viewer: mvdEmployee, variables: reps(CITIZEN) });
    expect(result.data?._entities).toEqual([null]);
    expect(errorCodes(result).every((code) => code === 'FORBIDDEN')).toBe(true);
    expect(await contactReads()).toEqual([]);
  });

  it("shows an employee a colleague's name (the history names who acted), not their contact, and journals nothing", async () => {
    const colleague = await db.prisma.user.create({
      data: { lastName: 'Сидорова', firstName: 'Анна', birthDate: new Date('1990-01-01'), email: `colleague-${applicationId}@mvd.example`, phone: '+79990009911', passwordHash: 'x', roles: ['EMPLOYEE'], departmentId: 'MVD' },
    });
    const names = await execute(services, `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { lastName firstName } } }`, {
      viewer: mvdEmployee,
      variables: reps(colleague),
    });
    expect(names.errors).toBeUndefined();
    expect(names.data?._entities).toEqual([{ lastName: 'Сидорова', firstName: 'Анна' }]);
    const contact = await execute(services, PERSON, { viewer: mvdEmployee, variables: reps(colleague) });
    expect(contact.data?._entities).toEqual([null]);
    expect(await execute(services, `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { lastName } } }`, { viewer: gibddEmployee, variables: reps(colleague) })).toMatchObject({ data: { _entities: [null] } });
    expect(await contactReads()).toEqual([]);
  });

  it('lets the person read themselves without asking applications or journalling', async () => {
    const own = await execute(services, '{ me { lastName email phone } }', { viewer: viewer(CITIZEN, [Role.CITIZEN], null, 'citizen-token') });
    expect(own.data?.me).toEqual({ lastName: 'Иванов', email: CITIZEN.email, phone: CITIZEN.phone });
    const employeeSelf = await execute(services, '{ me { lastName email } }', { viewer: mvdEmployee });
    expect(employeeSelf.errors).toBeUndefined();
    expect(applications.calls).toEqual([]);
    expect(await contactReads()).toEqual([]);
  });
});
