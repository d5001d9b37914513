import type { IdentityServices } from '../src/services';
import type { UserRecord } from '../src/users/users.service';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { codes, startTestServer, type SignedInUser, type TestServer } from './support/test-server';
import { registration, TestClock, testServices } from './support/test-services';

const NOW = new Date('2025-06-15T09:00:00Z');
const CHILD = {
  lastName: 'Иванова',
  firstName: 'Алиса',
  middleName: 'Ивановна',
  birthDate: '2022-03-01',
  sex: 'FEMALE' as const,
  birthCertificate: { series: 'iv-мю', number: '123456', issueDate: '2022-03-10' },
};

describe('children (service, real PostgreSQL)', () => {
  let db: TestDatabase;
  let services: IdentityServices;
  let parent: UserRecord;
  let other: UserRecord;

  beforeAll(async () => {
    db = await createTestDatabase();
    services = testServices(db, new TestClock(NOW));
    const register = async () => {
      const outcome = await services.users.register(registration());
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
      return outcome.value;
    };
    parent = await register();
    other = await register();
  });

  afterAll(() => db?.close());

  it('adds a child with the certificate normalized and reads it back decrypted', async () => {
    const outcome = await services.children.add(parent.id, CHILD);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.value).toMatchObject({ parentId: parent.id, birthDate: '2022-03-01', birthCertificate: { series: 'IV-МЮ', number: '123456', issueDate: '2022-03-10' } });
    const [children] = await services.children.byParentIds([parent.id]);
    expect(children.map((child) => child.id)).toEqual([outcome.value.id]);
  });

  it('keeps no certificate number or series in plain text in the stored row', async () => {
    const { rows } = await db.pool.query(`SELECT * FROM "${db.schema}".children WHERE parent_id = $1`, [parent.id]);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows[0], (_key, value) => (Buffer.isBuffer(value) ? value.toString('latin1') : value));
    const storedUtf8 = Buffer.concat(Object.values(rows[0]).filter(Buffer.isBuffer) as Buffer[]).toString('utf8');
    for (const text of [stored, storedUtf8]) {
      expect(text).not.toContain('123456');
      expect(text).not.toContain('МЮ');
    }
  });

  it('reports every invalid field at once and stores nothing', async () => {
    const before = await db.count('children');
    const outcome = await services.children.add(other.id, {
      lastName: 'Ivanov2',
      firstName: '',
      birthDate: '2030-01-01',
      sex: 'MALE',
      birthCertificate: { series: 'IIII-МЮ', number: '12345', issueDate: '2022-01-01' },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => `${p.field}:${p.code}`).sort()).toEqual([
      'birthCertificate.number:INVALID_BIRTH_CERTIFICATE_NUMBER',
      'birthCertificate.series:INVALID_BIRTH_CERTIFICATE_SERIES',
      'birthDate:DATE_IN_FUTURE',
      'firstName:REQUIRED',
      'lastName:INVALID_NAME',
    ]);
    expect(await db.count('children')).toBe(before);
  });

  it('refuses an adult, a certificate issued before birth, and the same certificate twice', async () => {
    const adult = await services.children.add(parent.id, { ...CHILD, birthDate: '2005-01-01', birthCertificate: { ...CHILD.birthCertificate, number: '222222' } });
    expect(adult.ok ? [] : adult.problems.map((p) => p.code)).toEqual(['CHILD_NOT_MINOR']);
    const early = await services.children.add(parent.id, { ...CHILD, birthCertificate: { ...CHILD.birthCertificate, number: '333333', issueDate: '2022-02-01' } });
    expect(early.ok ? [] : early.problems.map((p) => p.code)).toEqual(['ISSUE_DATE_BEFORE_BIRTH']);
    const twice = await services.children.add(parent.id, CHILD);
    expect(twice.ok ? [] : twice.problems.map((p) => p.code)).toEqual(['CHILD_ALREADY_ADDED']);
  });

  it("removes only the parent's own child", async () => {
    const added = await services.children.add(other.id, { ...CHILD, birthCertificate: { ...CHILD.birthCertificate, number: '444444' } });
    if (!added.ok) throw new Error('not added');
    const byStranger = await services.children.remove(parent.id, added.value.id);
    expect(byStranger.ok ? null : byStranger.problems[0].code).toBe('CHILD_NOT_FOUND');
    expect((await services.children.byIds([added.value.id]))[0]).not.toBeNull();
    expect((await services.children.remove(other.id, added.value.id)).ok).toBe(true);
    expect((await services.children.byIds([added.value.id]))[0]).toBeNull();
  });
});

describe('children (GraphQL, permissions)', () => {
  let server: TestServer;
  let citizen: SignedInUser;
  let citizen2: SignedInUser;
  let admin: SignedInUser;

  const ADD = /* GraphQL */ `
    mutation Add($input: AddChildInput!) {
      addChild(input: $input) { child { id firstName birthDate birthCertificate { series number } } userErrors { field code message } }
    }
  `;
  const ENTITIES = /* GraphQL */ `
    query Child($id: ID!) { _entities(representations: [{ __typename: "Child", id: $id }]) { ... on Child { id firstName birthDate } } }
  `;

  beforeAll(async () => {
    server = await startTestServer();
    citizen = await server.signIn('citizen@demo.gosuslugi.local');
    citizen2 = await server.signIn('citizen2@demo.gosuslugi.local');
    admin = await server.signIn('admin@demo.gosuslugi.local');
  });

  afterAll(() => server?.stop());

  it('the demo citizen has seeded children; the parent sees certificates in full', async () => {
    const response = await server.gql('{ me { children { id firstName sex birthCertificate { series number } } } }', {}, citizen.token);
    expect(response.errors).toBeUndefined();
    expect(response.data?.me.children.map((c: { firstName: string }) => c.firstName)).toEqual(['Михаил', 'Алиса']);
    expect(response.data?.me.children[1].birthCertificate).toEqual({ series: 'IV-МЮ', number: '612345' });
  });

  it('adds a child through GraphQL; userErrors in the chosen language', async () => {
    const ok = await server.gql(ADD, { input: { ...CHILD, birthCertificate: { ...CHILD.birthCertificate, number: '765432' } } }, citizen2.token);
    expect(ok.data?.addChild.userErrors).toEqual([]);
    expect(ok.data?.addChild.child.birthCertificate).toEqual({ series: 'IV-МЮ', number: '765432' });
    const bad = await server.gql(ADD, { input: { ...CHILD, birthCertificate: { ...CHILD.birthCertificate, series: 'XX' } } }, citizen2.token, 'en');
    expect(bad.data?.addChild.userErrors).toEqual([{ field: 'birthCertificate.series', code: 'INVALID_BIRTH_CERTIFICATE_SERIES', message: expect.any(String) }]);
    expect(bad.data?.addChild.child).toBeNull();
  });

  it("another parent cannot read a child, neither through User nor through _entities; anonymous neither", async () => {
    const mine = await server.gql('{ me { children { id } } }', {}, citizen.token);
    const childId = mine.data?.me.children[0].id as string;

    const own = await server.gql(ENTITIES, { id: childId }, citizen.token);
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0].id).toBe(childId);

    const foreign = await server.gql(ENTITIES, { id: childId }, citizen2.token);
    expect(codes(foreign)).toContain('FORBIDDEN');
    expect(foreign.data?._entities[0]).toBeNull();

    const anonymous = await server.gql(ENTITIES, { id: childId });
    expect(codes(anonymous)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous.data)).not.toContain('Алиса');

    const viaUser = await server.gql(`query U($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { children { id } } } }`, { id: citizen.userId }, citizen2.token);
    expect(codes(viaUser)).toContain('FORBIDDEN');

    const removal = await server.gql('mutation R($id: ID!) { removeChild(input: { childId: $id }) { removedChildId userErrors { code } } }', { id: childId }, citizen2.token);
    expect(removal.data?.removeChild).toEqual({ removedChildId: null, userErrors: [{ code: 'CHILD_NOT_FOUND' }] });
  });

  it('an administrator sees the certificate masked', async () => {
    const response = await server.gql(
      `query U($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { children { firstName birthCertificate { series number } } } } }`,
      { id: citizen.userId },
      admin.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities[0].children[1].birthCertificate).toEqual({ series: '***', number: '***345' });
  });
});
