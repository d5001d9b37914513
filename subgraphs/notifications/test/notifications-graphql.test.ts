import { testViewer as viewer } from '@eco/kit';
import { CITIZEN, CITIZEN2, ADMIN, statusChanged } from './support/events';
import { errorCodes, execute } from './support/execute';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { deliver } from './support/deliver';

let db: TestDatabase;
const citizen = viewer(CITIZEN);
const citizen2 = viewer(CITIZEN2);
const admin = viewer(ADMIN, ['ADMIN']);

const MY_NOTIFICATIONS = /* GraphQL */ `
  query Mine($id: ID!, $unreadOnly: Boolean, $first: Int, $after: String) {
    _entities(representations: [{ __typename: "User", id: $id }]) {
      ... on User {
        unreadNotificationCount
        notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id title body read readAt subjectType subjectId eventType createdAt } }
        }
      }
    }
  }
`;

const MARK_READ = /* GraphQL */ `
  mutation Mark($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { updatedCount unreadNotificationCount userErrors { field code message } }
  }
`;

async function mine(variables: Record<string, unknown> = {}, as = citizen, locale: 'ru' | 'en' = 'ru') {
  const result = await execute(db.services, MY_NOTIFICATIONS, { viewer: as, variables: { id: CITIZEN, ...variables }, locale });
  return result;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const statuses = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'INFO_REQUESTED'] as const;
  for (const to of statuses) await deliver(db.services, statusChanged({ to, number: '2026-000500' }));
  await deliver(db.services, statusChanged({ to: 'SUBMITTED', applicantId: CITIZEN2 }));
});

afterAll(() => db?.close());

describe('User.notifications over GraphQL', () => {
  it('lists the user’s own notifications newest first, texts in the request language or the locale argument', async () => {
    const ru = await mine();
    expect(ru.errors).toBeUndefined();
    const user = ru.data?._entities[0];
    expect(user.unreadNotificationCount).toBe(4);
    expect(user.notifications.totalCount).toBe(4);
    expect(user.notifications.edges.map((e: any) => e.node.title)).toEqual([
      'Заявление 2026-000500: нужны дополнительные сведения',
      'Заявление 2026-000500: принято в работу',
      'Заявление 2026-000500: зарегистрировано',
      'Заявление 2026-000500: отправлено в ведомство',
    ]);
    expect(user.notifications.edges[0].node).toMatchObject({ read: false, readAt: null, subjectType: 'Application', eventType: 'application.status_changed' });

    const en = await mine({}, citizen, 'en');
    expect(en.data?._entities[0].notifications.edges[1].node.title).toBe('Application 2026-000500: in progress');

    const explicit = await execute(
      db.services,
      'query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { notifications(first: 1) { edges { node { en: title(locale: EN) ru: title(locale: RU) } } } } } }',
      { viewer: citizen, variables: { id: CITIZEN }, locale: 'ru' },
    );
    expect(explicit.data?._entities[0].notifications.edges[0].node).toEqual({
      en: 'Application 2026-000500: more information needed',
      ru: 'Заявление 2026-000500: нужны дополнительные сведения',
    });
  });

  it('pages with first/after', async () => {
    const first = (await mine({ first: 3 })).data?._entities[0].notifications;
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await mine({ first: 3, after: first.pageInfo.endCursor })).data?._entities[0].notifications;
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('marks some read, then all; unreadOnly and the unread count follow', async () => {
    const all = (await mine()).data?._entities[0].notifications.edges.map((e: any) => e.node.id) as string[];
    const marked = await execute(db.services, MARK_READ, { viewer: citizen, variables: { input: { ids: all.slice(0, 2) } } });
    expect(marked.data?.markNotificationsRead).toEqual({ updatedCount: 2, unreadNotificationCount: 2, userErrors: [] });

    const unread = (await mine({ unreadOnly: true })).data?._entities[0];
    expect(unread.unreadNotificationCount).toBe(2);
    expect(unread.notifications.edges.map((e: any) => e.node.id)).toEqual(all.slice(2));
    const again = await execute(db.services, MARK_READ, { viewer: citizen, variables: { input: { ids: all.slice(0, 1) } } });
    expect(again.data?.markNotificationsRead.updatedCount).toBe(0);

    const everything = await execute(db.services, MARK_READ, { viewer: citizen, variables: { input: { all: true } } });
    expect(everything.data?.markNotificationsRead).toEqual({ updatedCount: 2, unreadNotificationCount: 0, userErrors: [] });
    const after = (await mine()).data?._entities[0];
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.edges.every((e: any) => e.node.read && e.node.readAt)).toBe(true);
    // Another user's notifications were not touched.
    expect(await db.count('notification', 'user_id = $1 AND read_at IS NULL', [CITIZEN2])).toBe(1);
  });

  it('refuses bad mark-read input with userErrors and changes nothing', async () => {
    const other = await db.prisma.notification.findFirstOrThrow({ where: { userId: CITIZEN2 } });
    const mineToo = await db.prisma.notification.findFirstOrThrow({ where: { userId: CITIZEN } });
    await db.prisma.notification.update({ where: { id: mineToo.id }, data: { readAt: null } });

    const cases: [Record<string, unknown>, string[]][] = [
      [{}, ['MARK_READ_TARGET_REQUIRED']],
      [{ ids: [] }, ['MARK_READ_TARGET_REQUIRED']],
      [{ ids: [mineToo.id], all: true }, ['MARK_READ_TARGET_AMBIGUOUS']],
      [{ ids: [mineToo.id, other.id, 'nonsense'] }, ['NOTIFICATION_NOT_FOUND', 'NOTIFICATION_NOT_FOUND']],
    ];
    for (const [input, codes] of cases) {
      const result = await execute(db.services, MARK_READ, { viewer: citizen, variables: { input }, locale: 'en' });
      expect(result.data?.markNotificationsRead.updatedCount).toBe(0);
      expect(result.data?.markNotificationsRead.userErrors.map((e: any) => e.code)).toEqual(codes);
    }
    const notFound = await execute(db.services, MARK_READ, { viewer: citizen, variables: { input: { ids: [mineToo.id, other.id] } } });
    expect(notFound.data?.markNotificationsRead.userErrors).toEqual([{ field: 'ids.1', code: 'NOTIFICATION_NOT_FOUND', message: 'Уведомление не найдено' }]);
    expect(await db.count('notification', 'id = $1 AND read_at IS NULL', [mineToo.id])).toBe(1);
    expect(await db.count('notification', 'id = $1 AND read_at IS NULL', [other.id])).toBe(1);
    expect(errorCodes(await execute(db.services, MARK_READ, { variables: { input: { all: true } } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses another user, an administrator and anonymous callers, also through _entities', async () => {
    for (const [as, code] of [
      [citizen2, 'FORBIDDEN'],
      [admin, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const result = await execute(db.services, MY_NOTIFICATIONS, { viewer: as, variables: { id: CITIZEN } });
      expect(result.data?._entities[0]).toEqual({ notifications: null, unreadNotificationCount: null });
      expect(errorCodes(result)).toContain(code);
      expect(JSON.stringify(result.data)).not.toContain('2026-000500');
    }

    const notification = await db.prisma.notification.findFirstOrThrow({ where: { userId: CITIZEN } });
    const query = 'query ($id: ID!) { _entities(representations: [{ __typename: "Notification", id: $id }]) { ... on Notification { id title body } } }';
    const stranger = await execute(db.services, query, { viewer: citizen2, variables: { id: notification.id } });
    expect(stranger.data?._entities[0]).toBeNull();
    expect(errorCodes(stranger)).toContain('FORBIDDEN');
    const owner = await execute(db.services, query, { viewer: citizen, variables: { id: notification.id } });
    expect(owner.errors).toBeUndefined();
    expect(owner.data?._entities[0]).toMatchObject({ id: notification.id, title: expect.stringContaining('2026-000500') });

    const idOnly = await execute(db.services, '{ _entities(representations: [{ __typename: "User", id: "' + CITIZEN + '" }]) { ... on User { id } } }', { viewer: citizen2 });
    expect(idOnly).toEqual({ data: { _entities: [{ id: CITIZEN }] } });
  });

  it('shows the owner the email and SMS deliveries of a notification', async () => {
    await db.services.contacts.set(CITIZEN, { email: 'ivanov@mail.ru', phone: '8 (912) 000-11-22' });
    await deliver(db.services, statusChanged({ to: 'COMPLETED', number: '2026-000600' }));
    const result = await execute(
      db.services,
      'query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { notifications(first: 1) { edges { node { title deliveries { channel status attempts lastError } } } } } } }',
      { viewer: citizen, variables: { id: CITIZEN } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0].notifications.edges[0].node).toEqual({
      title: 'Заявление 2026-000600: услуга оказана',
      deliveries: [
        { channel: 'EMAIL', status: 'CREATED', attempts: 0, lastError: null },
        { channel: 'SMS', status: 'CREATED', attempts: 0, lastError: null },
      ],
    });
  });
});
