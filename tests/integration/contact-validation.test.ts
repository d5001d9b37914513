import { registerCitizen } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';

/*
 * Issue 10: one validation for every place an email or phone enters. What `register` refuses,
 * `setNotificationContacts` refuses too, with the same codes, and stores nothing.
 */

const SET_CONTACTS = /* GraphQL */ `
  mutation ($input: SetNotificationContactsInput!) {
    setNotificationContacts(input: $input) { contacts { email phone } userErrors { field code } }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterInput!) { register(input: $input) { user { id } userErrors { field code } } }
`;
const BAD_EMAILS = ['a@b..ru', '.a@b.ru', 'a.@b.ru', 'a@b', 'a b@c.ru', 'a@b.ru\u202e', `${'a'.repeat(250)}@b.ru`];
const BAD_PHONES = ['123', '+7 800 555-35-35', '+1 202 555 0101', '+7 912 345-67-8'];

describe('emails and phones: one validation everywhere', () => {
  it('setNotificationContacts refuses what register refuses, and keeps the contacts as they were', async () => {
    const citizen = await registerCitizen(gatewayUrl());
    const start = await graphql(gatewayUrl(), SET_CONTACTS, { input: { email: 'start@example.ru', phone: '+79161112233' } }, { token: citizen.token });
    expect(start.data?.setNotificationContacts.userErrors).toEqual([]);
    const before = await graphql(gatewayUrl(), '{ notificationContacts { email phone } }', {}, { token: citizen.token });
    expect(before.data?.notificationContacts).toEqual({ email: 'start@example.ru', phone: '+79161112233' });

    for (const email of BAD_EMAILS) {
      const registered = await graphql(gatewayUrl(), REGISTER, {
        input: { lastName: 'Проверкин', firstName: 'Тест', birthDate: '1990-05-17', email, phone: '+79161234567', password: 'Demo-Password1!' },
      });
      const contacts = await graphql(gatewayUrl(), SET_CONTACTS, { input: { email } }, { token: citizen.token });
      const registerCodes = registered.data?.register.userErrors.filter((e: { field: string }) => e.field === 'email').map((e: { code: string }) => e.code);
      expect({ email, register: registerCodes, contacts: contacts.data?.setNotificationContacts }).toEqual({
        email,
        register: ['INVALID_EMAIL'],
        contacts: { contacts: null, userErrors: [{ field: 'email', code: 'INVALID_EMAIL' }] },
      });
    }
    for (const phone of BAD_PHONES) {
      const contacts = await graphql(gatewayUrl(), SET_CONTACTS, { input: { phone } }, { token: citizen.token });
      expect({ phone, contacts: contacts.data?.setNotificationContacts.contacts, codes: contacts.data?.setNotificationContacts.userErrors.map((e: { code: string }) => e.code) }).toEqual({
        phone,
        contacts: null,
        codes: [expect.stringMatching(/^(INVALID_PHONE|PHONE_NOT_PERSONAL)$/)],
      });
    }
    const after = await graphql(gatewayUrl(), '{ notificationContacts { email phone } }', {}, { token: citizen.token });
    expect(after.data).toEqual(before.data);

    // A good one, in any usual spelling, is stored normalised.
    const good = await graphql(gatewayUrl(), SET_CONTACTS, { input: { email: ' New.Address@Example.RU ', phone: '8 (912) 345-67-89' } }, { token: citizen.token });
    expect(good.data?.setNotificationContacts).toEqual({ contacts: { email: 'new.address@example.ru', phone: '+79123456789' }, userErrors: [] });
  });
});
