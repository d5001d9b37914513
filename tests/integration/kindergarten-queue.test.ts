import { randomInt } from 'node:crypto';
import { queryStackDatabase } from '../support/database';
import { CITIZEN, CITIZEN_2, EMPLOYEE_MINPROS, EMPLOYEE_MVD, loginAs } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql, subgraphUrl } from '../support/graphql-client';
import { liveClient, subscribe } from '../support/live-client';

/** Calendar days relative to today (UTC), as `YYYY-MM-DD`. */
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const monthsAgo = (months: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, Math.min(now.getUTCDate(), 28))).toISOString().slice(0, 10);
};
// 37 months old today: in the Младшая group (3–4 years) on the desired start date a month from now.
const BORN = monthsAgo(37);
const START = daysFromToday(30);

const ADD_CHILD = /* GraphQL */ `
  mutation AddChild($input: AddChildInput!) { addChild(input: $input) { child { id } userErrors { field code } } }
`;
const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyForKindergartenInput!) {
    applyForKindergarten(input: $input) { application { id status } userErrors { field code message } }
  }
`;
const MY_APPLICATIONS = /* GraphQL */ `
  query { me { kindergartenApplications(first: 20) { edges { node { id status child { id firstName } queuePositions { position total kindergarten { number } group { name } } } } } } }
`;
const KINDERGARTEN = /* GraphQL */ `
  query Find($filter: KindergartenFilter) {
    kindergartens(filter: $filter) { edges { node { id number freePlaces groups { id name freePlaces } } } }
  }
`;

type Session = Awaited<ReturnType<typeof loginAs>>;
interface Position { position: number; total: number; kindergarten: { number: number }; group: { name: string } }

async function addChild(session: Session, firstName: string): Promise<string> {
  const response = await graphql(
    gatewayUrl(),
    ADD_CHILD,
    { input: { lastName: 'Тестов', firstName, birthDate: BORN, sex: 'MALE', birthCertificate: { series: 'II-МЮ', number: String(randomInt(100000, 999999)), issueDate: BORN } } },
    { token: session.token },
  );
  expect(response.data?.addChild.userErrors).toEqual([]);
  return response.data?.addChild.child.id;
}

async function apply(session: Session, childId: string, kindergartenId: string, benefitCategory: string) {
  return graphql(
    gatewayUrl(),
    APPLY,
    { input: { childId, kindergartenIds: [kindergartenId], desiredStartDate: START, benefitCategory, benefitDocumentRef: benefitCategory === 'NONE' ? null : 'справка № 17' } },
    { token: session.token },
  );
}

async function positionsOf(session: Session): Promise<Map<string, Position[]>> {
  const response = await graphql(gatewayUrl(), MY_APPLICATIONS, {}, { token: session.token });
  expect(response.errors).toBeUndefined();
  return new Map(response.data?.me.kindergartenApplications.edges.map((e: { node: { id: string; queuePositions: Position[] } }) => [e.node.id, e.node.queuePositions]));
}

describe('kindergarten queue through the gateway', () => {
  let citizen: Session;
  let citizen2: Session;
  let minpros: Session;
  let kindergarten: { id: string; number: number; groups: { id: string; name: string; freePlaces: number }[] };
  const ids: Record<'c1' | 'c2' | 'c3' | 'c4', string> = { c1: '', c2: '', c3: '', c4: '' };
  const children: Record<'c1' | 'c2' | 'c3' | 'c4', string> = { c1: '', c2: '', c3: '', c4: '' };

  beforeAll(async () => {
    [citizen, citizen2, minpros] = await Promise.all([loginAs(gatewayUrl(), CITIZEN), loginAs(gatewayUrl(), CITIZEN_2), loginAs(gatewayUrl(), EMPLOYEE_MINPROS)]);
    // Anonymous search: Пресненский district, a group for this age, free places.
    const found = await graphql(gatewayUrl(), KINDERGARTEN, { filter: { district: 'Пресненский', childBirthDate: BORN, onDate: START, withFreePlaces: true, type: 'GENERAL' } });
    expect(found.errors).toBeUndefined();
    kindergarten = found.data?.kindergartens.edges.map((e: { node: typeof kindergarten }) => e.node).find((k: typeof kindergarten) => k.number === 1417);
    expect(kindergarten).toBeDefined();
  });

  it('orders the queue by category, then submission time; positions move after an enrollment', async () => {
    children.c1 = await addChild(citizen, 'Первый');
    children.c2 = await addChild(citizen2, 'Второй');
    children.c3 = await addChild(citizen, 'Третий');
    children.c4 = await addChild(citizen2, 'Четвёртый');
    const filed: [keyof typeof ids, Session, string][] = [
      ['c1', citizen, 'NONE'],
      ['c2', citizen2, 'PRIORITY'],
      ['c3', citizen, 'NONE'],
      ['c4', citizen2, 'EXTRAORDINARY'],
    ];
    for (const [key, session, category] of filed) {
      const response = await apply(session, children[key], kindergarten.id, category);
      expect(response.data?.applyForKindergarten.userErrors).toEqual([]);
      expect(response.data?.applyForKindergarten.application.status).toBe('QUEUED');
      ids[key] = response.data?.applyForKindergarten.application.id;
    }

    // Expected order: c4 (EXTRAORDINARY), c2 (PRIORITY), c1 and c3 (NONE, in submission order).
    const mine = await positionsOf(citizen);
    const theirs = await positionsOf(citizen2);
    expect(mine.get(ids.c1)).toEqual([{ position: 3, total: 4, kindergarten: { number: 1417 }, group: { name: 'Младшая группа (3–4 года)' } }]);
    expect(mine.get(ids.c3)?.[0]).toMatchObject({ position: 4, total: 4 });
    expect(theirs.get(ids.c4)?.[0]).toMatchObject({ position: 1, total: 4 });
    expect(theirs.get(ids.c2)?.[0]).toMatchObject({ position: 2, total: 4 });
    // The parent sees the child's name: identity answers the gateway with the parent's token.
    const names = await graphql(gatewayUrl(), MY_APPLICATIONS, {}, { token: citizen.token });
    expect(names.data?.me.kindergartenApplications.edges.map((e: { node: { child: { firstName: string } } }) => e.node.child.firstName)).toEqual(
      expect.arrayContaining(['Первый', 'Третий']),
    );

    // The employee sees the same order and can only offer to the first.
    const group = kindergarten.groups.find((g) => g.name.startsWith('Младшая'))!;
    const queue = await graphql(gatewayUrl(), `query($g: ID!) { kindergartenGroupQueue(groupId: $g) { totalCount edges { node { id benefitCategory } } } }`, { g: group.id }, { token: minpros.token });
    expect(queue.data?.kindergartenGroupQueue.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids.c4, ids.c2, ids.c1, ids.c3]);
    const offer = (applicationId: string) =>
      graphql(
        gatewayUrl(),
        `mutation($i: OfferKindergartenPlaceInput!) { offerKindergartenPlace(input: $i) { application { status offerExpiresAt } userErrors { code message } } }`,
        { i: { applicationId, kindergartenId: kindergarten.id } },
        { token: minpros.token },
      );
    expect((await offer(ids.c2)).data?.offerKindergartenPlace.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_FIRST_IN_QUEUE']);

    // The parent follows the application live while the place is offered and accepted.
    const live = liveClient(gatewayUrl(), citizen2.token);
    const events = subscribe(live, `subscription($id: ID) { kindergartenApplicationStatusChanged(applicationId: $id) { from to application { id status } } }`, { id: ids.c4 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      const offered = await offer(ids.c4);
      expect(offered.data?.offerKindergartenPlace.application.status).toBe('OFFERED');
      const accepted = await graphql(gatewayUrl(), `mutation($id: ID!) { acceptKindergartenOffer(input: { applicationId: $id }) { application { status } userErrors { code } } }`, { id: ids.c4 }, { token: citizen2.token });
      expect(accepted.data?.acceptKindergartenOffer).toEqual({ application: { status: 'ENROLLED' }, userErrors: [] });
      const delivered = await events.next(2, 15_000);
      expect(delivered.map((d) => [d.kindergartenApplicationStatusChanged.from, d.kindergartenApplicationStatusChanged.to])).toEqual([
        ['QUEUED', 'OFFERED'],
        ['OFFERED', 'ENROLLED'],
      ]);
    } finally {
      await events.close();
      await live.dispose();
    }

    // Everyone behind moved up one; the group has one free place less.
    const after = await positionsOf(citizen);
    expect(after.get(ids.c1)?.[0]).toMatchObject({ position: 2, total: 3 });
    expect(after.get(ids.c3)?.[0]).toMatchObject({ position: 3, total: 3 });
    const found = await graphql(gatewayUrl(), `query($id: ID!) { kindergarten(id: $id) { groups { id freePlaces } } }`, { id: kindergarten.id });
    expect(found.data?.kindergarten.groups.find((g: { id: string }) => g.id === group.id).freePlaces).toBe(group.freePlaces - 1);

    // The enrollment reached the parent as a notification (durable consumer of education's feed).
    let titles: string[] = [];
    for (let i = 0; i < 50 && !titles.some((t) => t.includes('зачислен')); i++) {
      const response = await graphql(gatewayUrl(), `{ me { notifications(first: 50) { edges { node { eventType subjectId title(locale: RU) } } } } }`, {}, { token: citizen2.token });
      titles = (response.data?.me.notifications.edges ?? [])
        .filter((e: { node: { subjectId: string } }) => e.node.subjectId === ids.c4)
        .map((e: { node: { title: string } }) => e.node.title);
      if (!titles.some((t) => t.includes('зачислен'))) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(titles).toEqual(expect.arrayContaining(['Ребёнок зачислен в детском саду № 1417']));
  });

  it('a second active application for the same child is refused, and nothing is stored', async () => {
    const before = await queryStackDatabase<{ n: number }>('SELECT count(*)::int AS n FROM education.kindergarten_application WHERE child_id = $1', [children.c1]);
    const again = await apply(citizen, children.c1, kindergarten.id, 'NONE');
    expect(again.data?.applyForKindergarten).toMatchObject({ application: null, userErrors: [{ field: 'childId', code: 'ACTIVE_APPLICATION_EXISTS' }] });
    expect(await queryStackDatabase('SELECT count(*)::int AS n FROM education.kindergarten_application WHERE child_id = $1', [children.c1])).toEqual(before);
  });

  it('another parent sees nothing of these children or applications, nor does anyone anonymous', async () => {
    const byId = `query($id: ID!) { kindergartenApplication(id: $id) { id status } }`;
    expect(errorCodes(await graphql(gatewayUrl(), byId, { id: ids.c1 }, { token: citizen2.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(gatewayUrl(), byId, { id: ids.c1 }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(gatewayUrl(), byId, { id: ids.c1 }, { token: (await loginAs(gatewayUrl(), EMPLOYEE_MVD)).token }))).toEqual(['FORBIDDEN']);

    // Straight to the subgraphs with representations: education and identity refuse alike.
    const education = await graphql(
      subgraphUrl('education'),
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on KindergartenApplication { id status childBirthDate } } }`,
      { r: [{ __typename: 'KindergartenApplication', id: ids.c1 }] },
      { token: citizen2.token },
    );
    expect(errorCodes(education)).toEqual(['FORBIDDEN']);
    expect(education.data?._entities).toEqual([null]);
    const identity = await graphql(
      subgraphUrl('identity'),
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { id firstName birthDate } } }`,
      { r: [{ __typename: 'Child', id: children.c1 }] },
      { token: citizen2.token },
    );
    expect(errorCodes(identity)).toContain('FORBIDDEN');
    expect(JSON.stringify(identity.data)).not.toContain('Первый');

    // Filing for someone else's child is "child not found", and stores nothing.
    const count = () => queryStackDatabase<{ n: number }>('SELECT count(*)::int AS n FROM education.kindergarten_application');
    const before = await count();
    const foreign = await apply(citizen2, children.c3, kindergarten.id, 'NONE');
    expect(foreign.data?.applyForKindergarten.userErrors.map((e: { code: string }) => e.code)).toContain('CHILD_NOT_FOUND');
    expect(await count()).toEqual(before);

    // Their own lists hold only their own.
    const theirs = await positionsOf(citizen2);
    expect([...theirs.keys()]).not.toContain(ids.c1);
    const cancel = await graphql(gatewayUrl(), `mutation($id: ID!) { cancelKindergartenApplication(input: { applicationId: $id }) { userErrors { code } } }`, { id: ids.c1 }, { token: citizen2.token });
    expect(cancel.data?.cancelKindergartenApplication.userErrors).toEqual([{ code: 'APPLICATION_NOT_FOUND' }]);
  });
});
