import { freePort, GATEWAY_MAIN, startServiceProcess, subgraphMain, type ServiceProcess } from '@eco/stack';
import { randomBytes, randomInt } from 'node:crypto';
import { queryStackDatabase } from '../support/database';
import { CITIZEN, CITIZEN_2, loginAs } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql, subgraphUrl } from '../support/graphql-client';

/**
 * First-grade enrollment through a real gateway. The campaign windows depend on the date, so this
 * scenario runs its own education process whose clock starts at 00:00 Moscow time on 1 April
 * 2027 (EDUCATION_CLOCK, refused in production), in its own PostgreSQL schema, behind its own
 * gateway; identity is the shared stack's. The exact boundaries of both windows are covered
 * instant by instant in subgraphs/education/test/school-enrollment.test.ts.
 */
const OPENING = '2027-04-01T00:00:00.000+03:00';
const ARBAT_SCHOOL = '00000000-0000-4000-8800-000000000002'; // № 1231, territory: ул. Арбат, …
const BORN = '2020-05-15'; // 7 years 3 months on 1 September 2027

async function startProcess(name: string, script: string, port: number, env: NodeJS.ProcessEnv, readyPath: string): Promise<ServiceProcess> {
  return startServiceProcess({ name, script, env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), ...env }, readyUrl: `http://localhost:${port}${readyPath}`, onLine: () => undefined });
}

const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyForSchoolEnrollmentInput!) {
    applyForSchoolEnrollment(input: $input) { enrollment { id status basis campaignYear school { number } } userErrors { field code message } }
  }
`;

describe('first-grade enrollment through the gateway (clock at the opening of the first window)', () => {
  let education: ServiceProcess;
  let gateway: ServiceProcess;
  let url: string;
  let educationUrl: string;
  const schema = `education_clock_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const educationPort = await freePort();
    educationUrl = `http://localhost:${educationPort}/graphql`;
    education = await startProcess(
      'education-clocked',
      subgraphMain('education'),
      educationPort,
      {
        DATABASE_URL: process.env.ECO_DATABASE_URL,
        DB_SCHEMA: schema,
        SEED_DEMO_DATA: 'true',
        EDUCATION_CLOCK: OPENING,
        SUBGRAPH_IDENTITY_URL: subgraphUrl('identity'),
      },
      '/readyz',
    );
    const gatewayPort = await freePort();
    url = `http://localhost:${gatewayPort}/graphql`;
    gateway = await startProcess('gateway-clocked-education', GATEWAY_MAIN, gatewayPort, { SUBGRAPH_IDENTITY_URL: subgraphUrl('identity'), SUBGRAPH_EDUCATION_URL: educationUrl }, '/healthz');
  });
  afterAll(async () => {
    await gateway?.stop();
    await education?.stop();
  });

  async function childOf(token: string): Promise<string> {
    const response = await graphql(
      url,
      `mutation($input: AddChildInput!) { addChild(input: $input) { child { id } userErrors { code } } }`,
      { input: { lastName: 'Школьников', firstName: 'Пётр', birthDate: BORN, sex: 'MALE', birthCertificate: { series: 'I-МЮ', number: String(randomInt(100000, 999999)), issueDate: '2020-05-25' } } },
      { token },
    );
    expect(response.data?.addChild.userErrors).toEqual([]);
    return response.data?.addChild.child.id;
  }

  it('on 1 April the territory (or a priority right) may apply; everyone else is told the next window', async () => {
    const { token } = await loginAs(url, CITIZEN);
    const onTerritory = await graphql(url, APPLY, { input: { childId: await childOf(token), schoolId: ARBAT_SCHOOL, registeredAddress: 'г. Москва, ул. Арбат, д. 20, кв. 3' } }, { token });
    expect(onTerritory.data?.applyForSchoolEnrollment).toMatchObject({ enrollment: { status: 'SUBMITTED', basis: 'TERRITORY', campaignYear: 2027, school: { number: 1231 } }, userErrors: [] });

    const count = () => queryStackDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}".school_enrollment`);
    const before = await count();
    const elsewhere = await graphql(url, APPLY, { input: { childId: await childOf(token), schoolId: ARBAT_SCHOOL, registeredAddress: 'г. Москва, ул. Тверская, д. 1' } }, { token, headers: { 'accept-language': 'en' } });
    expect(elsewhere.data?.applyForSchoolEnrollment.enrollment).toBeNull();
    expect(elsewhere.data?.applyForSchoolEnrollment.userErrors).toEqual([
      { field: null, code: 'ENROLLMENT_WINDOW_CLOSED', message: 'Applications are closed for you now. Next window: 2027-07-06 to 2027-09-05 (Moscow time)' },
    ]);
    expect(await count()).toEqual(before);
  });

  it('a second application for the same child in the same campaign is refused; nothing is stored', async () => {
    const { token } = await loginAs(url, CITIZEN);
    const childId = await childOf(token);
    const input = { childId, schoolId: ARBAT_SCHOOL, registeredAddress: null, priorityRight: 'SIBLING' };
    expect((await graphql(url, APPLY, { input }, { token })).data?.applyForSchoolEnrollment.userErrors).toEqual([]);
    const again = await graphql(url, APPLY, { input: { ...input, schoolId: '00000000-0000-4000-8800-000000000001' } }, { token });
    expect(again.data?.applyForSchoolEnrollment.userErrors.map((e: { code: string }) => e.code)).toEqual(['ENROLLMENT_ALREADY_SUBMITTED']);
    const rows = await queryStackDatabase(`SELECT school_id FROM "${schema}".school_enrollment WHERE child_id = $1`, [childId]);
    expect(rows).toEqual([{ school_id: ARBAT_SCHOOL }]);
  });

  it('another parent sees nothing of it, through the gateway or straight at the subgraph', async () => {
    const { token } = await loginAs(url, CITIZEN);
    const mine = await graphql(url, `{ me { schoolEnrollments { edges { node { id child { firstName } } } } } }`, {}, { token });
    const enrollmentId = mine.data?.me.schoolEnrollments.edges[0].node.id as string;
    expect(mine.data?.me.schoolEnrollments.edges[0].node.child.firstName).toBe('Пётр');
    const other = await loginAs(url, CITIZEN_2);
    expect(errorCodes(await graphql(url, `query($id: ID!) { schoolEnrollment(id: $id) { id } }`, { id: enrollmentId }, { token: other.token }))).toEqual(['FORBIDDEN']);
    const theirs = await graphql(url, `{ me { schoolEnrollments { totalCount } } }`, {}, { token: other.token });
    expect(theirs.data?.me.schoolEnrollments.totalCount).toBe(0);
    const direct = await graphql(
      educationUrl,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on SchoolEnrollment { id registeredAddress } } }`,
      { r: [{ __typename: 'SchoolEnrollment', id: enrollmentId }] },
      { token: other.token },
    );
    expect(new Set(errorCodes(direct))).toEqual(new Set(['FORBIDDEN']));
    expect(direct.data?._entities).toEqual([null]);
    expect(JSON.stringify(direct.data)).not.toContain('Арбат');
  });
});

describe('first-grade enrollment on the shared stack (real clock)', () => {
  it('the answer follows today’s window: accepted inside one, a coded refusal with the next window’s dates outside', async () => {
    const { token } = await loginAs(gatewayUrl(), CITIZEN_2);
    const child = await graphql(
      gatewayUrl(),
      `mutation($input: AddChildInput!) { addChild(input: $input) { child { id } userErrors { code } } }`,
      { input: { lastName: 'Петрова', firstName: 'Анна', birthDate: new Date(Date.now() - 7 * 365.25 * 86_400_000).toISOString().slice(0, 10), sex: 'FEMALE', birthCertificate: { series: 'V-МЮ', number: String(randomInt(100000, 999999)), issueDate: new Date(Date.now() - 6.9 * 365.25 * 86_400_000).toISOString().slice(0, 10) } } },
      { token },
    );
    const childId = child.data?.addChild.child.id;
    const response = await graphql(gatewayUrl(), APPLY, { input: { childId, schoolId: '00000000-0000-4000-8800-000000000003', registeredAddress: 'г. Москва, ул. Красная Пресня, д. 5' } }, { token });
    const payload = response.data?.applyForSchoolEnrollment;
    // Moscow date today decides: the territory's window is 1 April – 30 June plus the general 6 July – 5 September.
    const moscow = new Date(Date.now() + 3 * 3_600_000);
    const monthDay = moscow.getUTCMonth() * 100 + moscow.getUTCDate();
    const open = (monthDay >= 301 && monthDay <= 530) || (monthDay >= 606 && monthDay <= 805);
    const nextWindow = monthDay >= 601 && monthDay <= 605 ? /с \d{4}-07-06 по \d{4}-09-05/ : /с \d{4}-04-01 по \d{4}-06-30/;
    if (open) expect(payload).toMatchObject({ enrollment: { status: 'SUBMITTED', basis: 'TERRITORY' }, userErrors: [] });
    else expect(payload.userErrors).toEqual([{ field: null, code: 'ENROLLMENT_WINDOW_CLOSED', message: expect.stringMatching(nextWindow) }]);
  });
});
