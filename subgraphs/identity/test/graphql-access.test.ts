import { codes, startTestServer, type SignedInUser, type TestServer } from './support/test-server';

let server: TestServer;
let citizen: SignedInUser;
let citizen2: SignedInUser;
let admin: SignedInUser;
const gql: TestServer['gql'] = (...args) => server.gql(...args);

beforeAll(async () => {
  server = await startTestServer();
  citizen = await server.signIn('citizen@demo.gosuslugi.local');
  citizen2 = await server.signIn('citizen2@demo.gosuslugi.local');
  admin = await server.signIn('admin@demo.gosuslugi.local');
}, 30_000);

afterAll(() => server?.stop());

describe('identity over GraphQL: who may read what', () => {
  it('refuses me without a token as UNAUTHENTICATED', async () => {
    const response = await gql('{ me { id email } }');
    expect(response.data?.me ?? null).toBeNull();
    expect(codes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('answers me with the owner’s full documents', async () => {
    const { data, errors } = await gql(
      '{ me { id lastName email phone birthDate roles department { id } documents { masked snils inn passport { series number issueDate } driverLicence { number categories } } } }',
      {},
      citizen.token,
    );
    expect(errors).toBeUndefined();
    expect(data?.me).toMatchObject({
      id: citizen.userId,
      lastName: 'Иванов',
      phone: '+79990000001',
      birthDate: '1985-04-12',
      roles: ['CITIZEN'],
      department: null,
      documents: {
        masked: false,
        snils: '157-236-098 74',
        inn: '500100732259',
        passport: { series: '4510', number: '123456', issueDate: '2005-05-20' },
        driverLicence: { number: '99 21 345678', categories: ['B', 'B1'] },
      },
    });
  });

  it('refuses user(id) to a citizen as FORBIDDEN, and answers an admin with masked documents', async () => {
    const query = 'query ($id: ID!) { user(id: $id) { id email documents { masked snils inn passport { series number } } } }';
    const asCitizen = await gql(query, { id: citizen2.userId }, citizen.token);
    expect(codes(asCitizen)).toEqual(['FORBIDDEN']);

    const asAdmin = await gql(query, { id: citizen.userId }, admin.token);
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.user.documents).toEqual({
      masked: true,
      snils: '***-***-098 74',
      inn: '********2259',
      passport: { series: '45**', number: '****56' },
    });
  });

  it('answers null, without an error, for an unknown user id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await gql('query ($id: ID!) { user(id: $id) { id } }', { id }, admin.token);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ user: null });
    }
  });

  it("keeps another user's data closed through _entities", async () => {
    const query = /* GraphQL */ `
      query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id email documents { snils } } } }
    `;
    const reps = [{ __typename: 'User', id: citizen.userId }];
    const response = await gql(query, { reps }, citizen2.token);
    expect(response.data?._entities[0]).toBeNull();
    expect(codes(response)).toContain('FORBIDDEN');
    expect(JSON.stringify(response)).not.toContain('157-236-098');

    const idOnly = await gql('query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id } } }', { reps }, citizen2.token);
    expect(idOnly).toEqual({ data: { _entities: [{ id: citizen.userId }] } });

    const anonymous = await gql('query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id } } }', { reps });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('gives an employee their department as a catalog reference', async () => {
    const employee = await server.signIn('employee.mvd@demo.gosuslugi.local');
    const { data } = await gql('{ me { roles department { id } } }', {}, employee.token);
    expect(data?.me).toEqual({ roles: ['EMPLOYEE'], department: { id: 'MVD' } });
  });
});
