import { sealEvent, type FeedEvent } from '@eco/kit';
import { CRIMINAL_RECORD, newKey, PASSPORT_CHECK, passportCheckForm } from './support/fixtures';
import { catalogService } from './support/graph';
import { DEMO_LOGINS, FEED_TOKEN, signIn, startTestServer, type SignedIn, type TestServer } from './support/server';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/* The subgraph over HTTP with REAL access tokens from the identity subgraph (verified via its JWKS). */

let db: TestDatabase;
let server: TestServer;
let citizen: SignedIn;
let citizen2: SignedIn;
let mvd: SignedIn;
let gibdd: SignedIn;
let applicationId: string;

const SUBMIT = /* GraphQL */ `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { id number status } userErrors { field code } } }`;
const REGISTER = /* GraphQL */ `mutation($input: RegisterApplicationInput!) { registerApplication(input: $input) { application { status } userErrors { code } } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db.schema);
  [citizen, citizen2, mvd, gibdd] = await Promise.all([
    signIn(DEMO_LOGINS.citizen),
    signIn(DEMO_LOGINS.citizen2),
    signIn(DEMO_LOGINS.employeeMvd),
    signIn(DEMO_LOGINS.employeeGibdd),
  ]);
  const service = await catalogService(PASSPORT_CHECK);
  const submitted = await server.gql(SUBMIT, { input: { serviceId: service.id, idempotencyKey: newKey(), formData: passportCheckForm() } }, citizen.token);
  expect(submitted.body.errors).toBeUndefined();
  applicationId = submitted.body.data.submitApplication.application.id;
  const registered = await server.gql(REGISTER, { input: { applicationId } }, mvd.token);
  expect(registered.body.data.registerApplication).toEqual({ application: { status: 'REGISTERED' }, userErrors: [] });
});

afterAll(async () => {
  await server?.running.stop();
  await db?.drop();
});

async function feed(query: string, token: string | null = FEED_TOKEN) {
  const response = await fetch(`${server.baseUrl}/events${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: (await response.json()) as { events: FeedEvent[]; head?: string } };
}

describe('the event feed', () => {
  test('needs the internal token', async () => {
    expect((await feed('', null)).status).toBe(401);
    expect((await feed('', 'wrong-token')).status).toBe(401);
    // An access token of a person is not the feed token either.
    expect((await feed('', citizen.token)).status).toBe(401);
  });

  test('serves the outbox in order after a position', async () => {
    const all = await feed('?after=0');
    expect(all.status).toBe(200);
    const mine = all.body.events.filter((event) => event.subject.id === applicationId);
    expect(mine.map((event) => `${event.payload.from}→${event.payload.to}`)).toEqual(['null→SUBMITTED', 'SUBMITTED→REGISTERED']);
    expect(mine[0]).toMatchObject({
      type: 'application.status_changed',
      source: 'applications',
      subject: { type: 'Application', id: applicationId },
      audience: { userIds: [citizen.userId], departmentIds: ['MVD'], liveFields: ['applicationStatusChanged'] },
      payload: { applicationId, applicantId: citizen.userId, departmentId: 'MVD' },
    });
    expect(mine[0].payload).not.toHaveProperty('liveFields');
    const seqs = all.body.events.map((event) => BigInt(event.seq));
    expect([...seqs].sort((a, b) => (a < b ? -1 : 1))).toEqual(seqs);
    const after = await feed(`?after=${all.body.events[0].seq}`);
    expect(after.body.events.map((event) => event.id)).toEqual(all.body.events.slice(1).map((event) => event.id));
    expect((await feed(`?after=0&limit=1`)).body.events).toHaveLength(1);
    expect((await feed('?after=latest')).body).toEqual({ events: [], head: all.body.events[all.body.events.length - 1].seq, outbox: db.schema });
    expect((await feed('?after=-1')).status).toBe(400);
  });
});

describe('who sees an application', () => {
  const ENTITIES = /* GraphQL */ `query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Application { id number status applicant { id } department { id } history { to } } }
  }`;
  const APPLICATION = /* GraphQL */ `query($id: ID!) { application(id: $id) { id status } }`;

  test('the applicant and employees of its department; other citizens and departments are FORBIDDEN, also through _entities', async () => {
    const representations = [{ __typename: 'Application', id: applicationId }];
    for (const viewer of [citizen, mvd]) {
      const { body } = await server.gql(ENTITIES, { representations }, viewer.token);
      expect(body.errors).toBeUndefined();
      expect(body.data._entities[0]).toMatchObject({ id: applicationId, status: 'REGISTERED', applicant: { id: citizen.userId }, department: { id: 'MVD' } });
    }
    for (const viewer of [citizen2, gibdd]) {
      const entities = await server.gql(ENTITIES, { representations }, viewer.token);
      expect(entities.body.data._entities).toEqual([null]);
      expect(new Set(entities.body.errors?.map((e) => e.extensions.code))).toEqual(new Set(['FORBIDDEN']));
      const direct = await server.gql(APPLICATION, { id: applicationId }, viewer.token);
      expect(direct.body.data.application).toBeNull();
      expect(new Set(direct.body.errors?.map((e) => e.extensions.code))).toEqual(new Set(['FORBIDDEN']));
    }
    const anonymous = await server.gql(APPLICATION, { id: applicationId });
    expect(anonymous.body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    const missing = await server.gql(APPLICATION, { id: '00000000-0000-4000-8000-00000000beef' }, citizen.token);
    expect(missing.body).toEqual({ data: { application: null } });
  });

  test('"Мои заявления" on a User reference: only the user themself', async () => {
    const query = /* GraphQL */ `query($representations: [_Any!]!, $filter: UserApplicationsFilter) {
      _entities(representations: $representations) { ... on User { id applications(filter: $filter) { totalCount edges { node { id number serviceTitle(locale: EN) } } } } }
    }`;
    const representations = [{ __typename: 'User', id: citizen.userId }];
    const own = await server.gql(query, { representations }, citizen.token);
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data._entities[0].applications.totalCount).toBe(1);
    const number: string = own.body.data._entities[0].applications.edges[0].node.number;
    const byNumber = await server.gql(query, { representations, filter: { search: number.slice(2) } }, citizen.token);
    expect(byNumber.body.data._entities[0].applications.totalCount).toBe(1);
    const byTitle = await server.gql(query, { representations, filter: { search: 'ПАСПОРТ' } }, citizen.token);
    expect(byTitle.body.data._entities[0].applications.totalCount).toBe(1);
    const none = await server.gql(query, { representations, filter: { search: 'водительское', status: 'COMPLETED' } }, citizen.token);
    expect(none.body.data._entities[0].applications.totalCount).toBe(0);
    const someoneElse = await server.gql(query, { representations }, citizen2.token);
    expect(someoneElse.body.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
  });
});

describe('applicationStatusChangedEvent (what the gateway runs for each subscriber)', () => {
  const EVENT = /* GraphQL */ `query($event: String!) { applicationStatusChangedEvent(event: $event) { eventId from to at comment application { id status } } }`;

  test('the applicant and employees of the department get it; others are refused', async () => {
    const { body } = await feed('?after=0');
    const registered = body.events.find((event) => event.subject.id === applicationId && event.payload.to === 'REGISTERED') as FeedEvent;
    // As the gateway hands it over: the event it holds, sealed with the internal token.
    const event = sealEvent(registered, FEED_TOKEN);
    for (const viewer of [citizen, mvd]) {
      const result = await server.gql(EVENT, { event }, viewer.token);
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data.applicationStatusChangedEvent).toEqual({
        eventId: registered.id,
        from: 'SUBMITTED',
        to: 'REGISTERED',
        at: registered.payload.at,
        comment: null,
        application: { id: applicationId, status: 'REGISTERED' },
      });
    }
    for (const viewer of [citizen2, gibdd]) {
      const result = await server.gql(EVENT, { event }, viewer.token);
      expect(result.body.data.applicationStatusChangedEvent).toBeNull();
      expect(result.body.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    }
    expect((await server.gql(EVENT, { event })).body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    // Someone else's application made to look like citizen2's, sealed with a guessed key: no event.
    const forged = sealEvent({ ...registered, payload: { ...registered.payload, applicantId: citizen2.userId } }, 'guessed-key');
    const refused = await server.gql(EVENT, { event: forged }, citizen2.token);
    expect(refused.body).toEqual({ data: { applicationStatusChangedEvent: null } });
    const garbage = await server.gql(EVENT, { event: 'not-a-sealed-event' }, citizen.token);
    expect(garbage.body).toEqual({ data: { applicationStatusChangedEvent: null } });
  });

  test('the subscription is declared with the argument clients use', async () => {
    const { body } = await server.gql('{ _service { sdl } }');
    expect(body.data._service.sdl).toContain('applicationStatusChanged(applicationId: ID): ApplicationStatusEvent');
    expect(body.data._service.sdl).toMatch(/type Application\s+@key\(fields: "id"\)/);
  });
});

describe('applicationDraft: prefilled from identity with the caller’s token', () => {
  const DRAFT = /* GraphQL */ `query($serviceId: ID!) { applicationDraft(serviceId: $serviceId) }`;

  test("the citizen's name, birth date and passport, in the form's own field names", async () => {
    const service = await catalogService(CRIMINAL_RECORD);
    const { body } = await server.gql(DRAFT, { serviceId: service.id }, citizen.token);
    expect(body.errors).toBeUndefined();
    expect(body.data.applicationDraft).toEqual({
      fullName: { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' },
      birthDate: '1985-04-12',
      passport: { series: '4510', number: '123456', issueDate: '2005-05-20', issuedBy: 'ОВД района Арбат г. Москвы', divisionCode: '770-001' },
    });
  });

  test('driver licence fields where the form has them; a citizen without documents gets what there is', async () => {
    const service = await catalogService('gibdd-driver-licence-replacement-expiry');
    const own = await server.gql(DRAFT, { serviceId: service.id }, citizen.token);
    expect(own.body.data.applicationDraft).toMatchObject({ currentLicenceNumber: '9921345678', currentLicenceIssueDate: '2021-06-01', passport: { series: '4510' } });
    const second = await server.gql(DRAFT, { serviceId: service.id }, citizen2.token);
    expect(second.body.data.applicationDraft).toEqual({ fullName: { lastName: 'Петрова', firstName: 'Мария', middleName: 'Сергеевна' } });
  });

  test('the passport validity check comes with the series and number of the passport on file (issue 10)', async () => {
    const service = await catalogService(PASSPORT_CHECK);
    const { body } = await server.gql(DRAFT, { serviceId: service.id }, citizen.token);
    expect(body.errors).toBeUndefined();
    expect(body.data.applicationDraft).toEqual({ series: '4510', number: '123456' });
  });

  test("forms naming the applicant otherwise get the name too: a nested applicant, a parent", async () => {
    const felling = await server.gql(DRAFT, { serviceId: (await catalogService('municipal-tree-felling-permit')).id }, citizen.token);
    expect(felling.body.data.applicationDraft).toEqual({
      applicant: {
        fullName: { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' },
        snils: '157-236-098 74',
        passport: { series: '4510', number: '123456', issueDate: '2005-05-20', issuedBy: 'ОВД района Арбат г. Москвы', divisionCode: '770-001' },
      },
    });
    const kindergarten = await server.gql(DRAFT, { serviceId: (await catalogService('minpros-kindergarten-enrollment')).id }, citizen2.token);
    expect(kindergarten.body.data.applicationDraft).toEqual({ parent: { lastName: 'Петрова', firstName: 'Мария', middleName: 'Сергеевна' } });
  });

  test('citizens only; an unknown service is NOT_FOUND', async () => {
    const service = await catalogService(CRIMINAL_RECORD);
    expect((await server.gql(DRAFT, { serviceId: service.id }, mvd.token)).body.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect((await server.gql(DRAFT, { serviceId: '00000000-0000-4000-8000-00000000beef' }, citizen.token)).body.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
  });
});
