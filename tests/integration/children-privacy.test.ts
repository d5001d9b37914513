import { randomInt } from 'node:crypto';
import { queryStackDatabase } from '../support/database';
import { ADMIN, CITIZEN, CITIZEN_2, loginAs } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql, subgraphUrl } from '../support/graphql-client';

const ADD_CHILD = /* GraphQL */ `
  mutation AddChild($input: AddChildInput!) {
    addChild(input: $input) { child { id firstName birthDate birthCertificate { series number issueDate } } userErrors { field code message } }
  }
`;

describe('children in identity, through the gateway', () => {
  const number = String(randomInt(100000, 999999));
  let childId: string;

  it('adds a child: the certificate is stored only encrypted', async () => {
    const { token, userId } = await loginAs(gatewayUrl(), CITIZEN);
    const added = await graphql(
      gatewayUrl(),
      ADD_CHILD,
      { input: { lastName: 'Иванова', firstName: 'Варвара', middleName: 'Ивановна', birthDate: '2021-02-03', sex: 'FEMALE', birthCertificate: { series: 'ivмю', number, issueDate: '2021-02-10' } } },
      { token },
    );
    expect(added.data?.addChild.userErrors).toEqual([]);
    expect(added.data?.addChild.child.birthCertificate).toEqual({ series: 'IV-МЮ', number, issueDate: '2021-02-10' });
    childId = added.data?.addChild.child.id;

    const rows = await queryStackDatabase<Record<string, unknown>>('SELECT * FROM identity.children WHERE id = $1', [childId]);
    expect(rows).toHaveLength(1);
    expect(rows[0].parent_id).toBe(userId);
    const everything = Object.values(rows[0])
      .map((value) => (Buffer.isBuffer(value) ? `${value.toString('utf8')} ${value.toString('latin1')} ${value.toString('hex')}` : String(value)))
      .join(' ');
    expect(everything).not.toContain(number);
    expect(everything).not.toContain('МЮ');
    expect(everything).not.toContain(Buffer.from(number).toString('hex'));
  });

  it('bad input: every problem at once, coded, nothing stored', async () => {
    const { token } = await loginAs(gatewayUrl(), CITIZEN_2);
    const count = () => queryStackDatabase<{ n: number }>('SELECT count(*)::int AS n FROM identity.children');
    const before = await count();
    const response = await graphql(
      gatewayUrl(),
      ADD_CHILD,
      { input: { lastName: 'Petrov-', firstName: 'Анна', birthDate: '1999-01-01', sex: 'FEMALE', birthCertificate: { series: 'МЮ', number: '12', issueDate: '2000-01-01' } } },
      { token, headers: { 'accept-language': 'en' } },
    );
    expect(response.data?.addChild.child).toBeNull();
    expect(response.data?.addChild.userErrors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'birthCertificate.number:INVALID_BIRTH_CERTIFICATE_NUMBER',
      'birthCertificate.series:INVALID_BIRTH_CERTIFICATE_SERIES',
      'birthDate:CHILD_NOT_MINOR',
      'lastName:INVALID_NAME',
    ]);
    expect(await count()).toEqual(before);
  });

  it('another parent and anonymous callers see nothing; an administrator sees the certificate masked', async () => {
    const other = await loginAs(gatewayUrl(), CITIZEN_2);
    const parentOf = await loginAs(gatewayUrl(), CITIZEN);
    const children = await graphql(gatewayUrl(), `{ me { children { id } } }`, {}, { token: other.token });
    expect(children.data?.me.children.map((c: { id: string }) => c.id)).not.toContain(childId);
    // Straight at identity with representations: another parent's children and child are refused.
    const viaUser = await graphql(
      subgraphUrl('identity'),
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { children { id } } } }`,
      { r: [{ __typename: 'User', id: parentOf.userId }] },
      { token: other.token },
    );
    expect(errorCodes(viaUser)).toContain('FORBIDDEN');
    const admin = await loginAs(gatewayUrl(), ADMIN);
    const child = await graphql(
      subgraphUrl('identity'),
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id firstName birthCertificate { number } } } }`,
      { r: [{ __typename: 'Child', id: childId }] },
      { token: other.token },
    );
    expect(errorCodes(child)).toContain('FORBIDDEN');
    expect(JSON.stringify(child.data)).not.toContain('Варвара');
    expect(errorCodes(await graphql(subgraphUrl('identity'), `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id } } }`, { r: [{ __typename: 'Child', id: childId }] }))).toContain('UNAUTHENTICATED');
    const masked = await graphql(
      subgraphUrl('identity'),
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { children { id birthCertificate { series number } } } } }`,
      { r: [{ __typename: 'User', id: parentOf.userId }] },
      { token: admin.token },
    );
    const mine = masked.data?._entities?.[0]?.children.find((c: { id: string }) => c.id === childId);
    expect(mine?.birthCertificate).toEqual({ series: '***', number: `***${number.slice(-3)}` });
  });
});
