import { randomUUID } from 'node:crypto';
import { testViewer as viewer } from '@eco/kit';
import { execute } from './support/execute';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const SET = /* GraphQL */ `
  mutation ($input: SetNotificationContactsInput!) {
    setNotificationContacts(input: $input) { contacts { email phone locale } userErrors { field code message } }
  }
`;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

/** The recipient row exactly as stored. */
async function storedRow(userId: string) {
  const result = await db.pool.query(`SELECT * FROM "${db.schema}".recipient WHERE user_id = $1`, [userId]);
  return result.rows[0] ?? null;
}

describe('setNotificationContacts: the same email and phone rules as registration (issue 10)', () => {
  const userId = randomUUID();
  const me = viewer(userId);
  const set = (input: Record<string, unknown>, locale?: 'ru' | 'en') => execute(db.services, SET, { viewer: me, variables: { input }, ...(locale ? { locale } : {}) });

  beforeAll(async () => {
    const ok = await set({ email: ' Ivanov@Mail.RU ', phone: '8 (912) 345-67-89' });
    expect(ok.data?.setNotificationContacts).toEqual({ contacts: { email: 'ivanov@mail.ru', phone: '+79123456789', locale: 'RU' }, userErrors: [] });
  });

  it.each([
    'a@b..ru',
    '.a@b.ru',
    'a.@b.ru',
    'a@b',
    'ivan petrov@mail.ru',
    'ivan\u0000@mail.ru',
    'iv\u200ban@mail.ru',
    `${'a'.repeat(64)}@${'b'.repeat(200)}.ru`,
  ])('refuses email %p with INVALID_EMAIL and leaves the stored row as it was', async (email) => {
    const before = await storedRow(userId);
    const result = await set({ email, phone: '+7 916 123-45-67' });
    expect(result.data?.setNotificationContacts).toEqual({
      contacts: null,
      userErrors: [{ field: 'email', code: 'INVALID_EMAIL', message: 'Проверьте адрес электронной почты' }],
    });
    expect(await storedRow(userId)).toEqual(before);
  });

  it.each([
    ['+7 701 123 45 67', 'INVALID_PHONE'],
    ['+1 202 555 0123', 'INVALID_PHONE'],
    ['12345', 'INVALID_PHONE'],
    ['+7912345\n6789', 'INVALID_PHONE'],
    ['8 800 555 35 35', 'PHONE_NOT_PERSONAL'],
  ])('refuses phone %p with %s and leaves the stored row as it was', async (phone, code) => {
    const before = await storedRow(userId);
    const result = await set({ email: 'petrov@mail.ru', phone });
    expect(result.data?.setNotificationContacts).toEqual({ contacts: null, userErrors: [expect.objectContaining({ field: 'phone', code })] });
    expect(await storedRow(userId)).toEqual(before);
  });

  it('stores nothing at all for a user who had no contacts yet', async () => {
    const newcomer = randomUUID();
    const result = await execute(db.services, SET, { viewer: viewer(newcomer), variables: { input: { email: 'a@b..ru' } } });
    expect(result.data?.setNotificationContacts.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_EMAIL' })]);
    expect(await storedRow(newcomer)).toBeNull();
  });

  it('explains in the caller’s language, with the texts identity uses', async () => {
    const result = await set({ email: '.a@b.ru', phone: '8 800 555 35 35' }, 'en');
    expect(result.data?.setNotificationContacts.userErrors).toEqual([
      { field: 'email', code: 'INVALID_EMAIL', message: 'Check the email address' },
      { field: 'phone', code: 'PHONE_NOT_PERSONAL', message: 'Enter a mobile or landline number; service numbers (such as 8-800) are not accepted' },
    ]);
  });

  it('still stores a valid Cyrillic-domain address, normalized', async () => {
    const result = await set({ email: 'Иван@Почта.РФ' });
    expect(result.data?.setNotificationContacts.contacts).toEqual({ email: 'иван@почта.рф', phone: '+79123456789', locale: 'RU' });
    expect((await storedRow(userId)).email).toBe('иван@почта.рф');
  });
});
