import { randomBytes } from 'node:crypto';
import { ADMIN, CITIZEN, CITIZEN_2, loginAs } from '../support/demo-accounts';
import { queryStackDatabase } from '../support/database';
import { errorCodes, gatewayUrl, graphql } from '../support/graphql-client';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      user { id email phone roles }
      userErrors { field message code }
    }
  }
`;

const uniqueSuffix = () => randomBytes(3).toString('hex');
const uniquePhone = () => `+7999${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

function validRegistration() {
  return {
    lastName: 'Смирнова',
    firstName: 'Ольга',
    middleName: 'Петровна',
    birthDate: '1990-05-17',
    email: `olga.${uniqueSuffix()}@example.ru`,
    phone: uniquePhone(),
    password: 'Str0ng-Passw0rd!',
  };
}

async function usersWithEmail(email: string): Promise<number> {
  const rows = await queryStackDatabase<{ count: string }>(
    'SELECT count(*) FROM identity.users WHERE email = $1',
    [email.toLowerCase()],
  );
  return Number(rows[0].count);
}

describe('identity through the gateway', () => {
  it('registers a citizen who can then log in', async () => {
    const input = validRegistration();
    const response = await graphql(gatewayUrl(), REGISTER, { input });
    expect(response.data?.register.userErrors).toEqual([]);
    expect(response.data?.register.user).toMatchObject({ email: input.email, roles: ['CITIZEN'] });
    const session = await loginAs(gatewayUrl(), input.email, input.password);
    expect(session.userId).toBe(response.data?.register.user.id);
  });

  it('reports every invalid field at once, with codes, and stores nothing', async () => {
    const input = {
      ...validRegistration(),
      email: 'not-an-email',
      phone: '12345',
      birthDate: '2999-01-01',
      firstName: 'Ольга2',
      password: 'short',
    };
    const response = await graphql(gatewayUrl(), REGISTER, { input });
    expect(response.data?.register.user).toBeNull();
    const problems = response.data?.register.userErrors as { field: string; code: string; message: string }[];
    expect(problems.map((p) => p.field).sort()).toEqual(['birthDate', 'email', 'firstName', 'password', 'phone']);
    for (const problem of problems) {
      expect(problem.code).toMatch(/^[A-Z_]+$/);
      expect(problem.message.length).toBeGreaterThan(0);
    }
    expect(await usersWithEmail(input.email)).toBe(0);
  });

  it('answers in English when asked', async () => {
    const input = { ...validRegistration(), password: 'short' };
    const ru = await graphql(gatewayUrl(), REGISTER, { input }, { headers: { 'accept-language': 'ru' } });
    const en = await graphql(gatewayUrl(), REGISTER, { input }, { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    const ruMessage = ru.data?.register.userErrors[0].message as string;
    const enMessage = en.data?.register.userErrors[0].message as string;
    expect(ruMessage).toMatch(/[а-яё]/i);
    expect(enMessage).toMatch(/^[\x20-\x7E]+$/);
    expect(ru.data?.register.userErrors[0].code).toBe(en.data?.register.userErrors[0].code);
  });

  it('refuses a duplicate email with a coded user error and stores nothing', async () => {
    const input = { ...validRegistration(), email: CITIZEN };
    const response = await graphql(gatewayUrl(), REGISTER, { input });
    expect(response.data?.register.user).toBeNull();
    expect(response.data?.register.userErrors).toEqual([expect.objectContaining({ field: 'email', code: 'EMAIL_TAKEN' })]);
    expect(await usersWithEmail(CITIZEN)).toBe(1);
  });

  it('refuses a wrong password without telling whether the account exists', async () => {
    const wrong = await graphql(gatewayUrl(), /* GraphQL */ `
      mutation { login(input: { login: "${CITIZEN}", password: "Wrong-Passw0rd!" }) { accessToken userErrors { code } } }
    `);
    const unknown = await graphql(gatewayUrl(), /* GraphQL */ `
      mutation { login(input: { login: "nobody@example.ru", password: "Wrong-Passw0rd!" }) { accessToken userErrors { code } } }
    `);
    expect(wrong.data?.login).toEqual({ accessToken: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    expect(unknown.data?.login).toEqual(wrong.data?.login);
  });

  it('lets only admins read another user, and shows documents masked to them', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const other = await loginAs(gatewayUrl(), CITIZEN_2);
    const admin = await loginAs(gatewayUrl(), ADMIN);
    const USER = /* GraphQL */ `
      query User($id: ID!) { user(id: $id) { id email documents { snils inn } } }
    `;
    const asOtherCitizen = await graphql(gatewayUrl(), USER, { id: citizen.userId }, { token: other.token });
    expect(errorCodes(asOtherCitizen)).toContain('FORBIDDEN');
    expect(asOtherCitizen.data?.user ?? null).toBeNull();

    const asAdmin = await graphql(gatewayUrl(), USER, { id: citizen.userId }, { token: admin.token });
    expect(asAdmin.errors).toBeUndefined();
    const masked = asAdmin.data?.user.documents;
    const own = await graphql(gatewayUrl(), '{ me { documents { snils inn } } }', {}, { token: citizen.token });
    const full = own.data?.me.documents;
    expect(full.snils).toMatch(/^\d{3}-\d{3}-\d{3} \d{2}$/);
    expect(masked.snils).toContain('*');
    expect(masked.snils).not.toEqual(full.snils);
    expect(masked.inn).toContain('*');
  });
});
