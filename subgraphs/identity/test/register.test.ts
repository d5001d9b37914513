import { uniqueViolationOn } from '@eco/kit';
import { userErrorsFor } from '../src/messages';
import type { IdentityServices } from '../src/services';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { registration, TestClock, testServices } from './support/test-services';

let db: TestDatabase;
let services: IdentityServices;

beforeAll(async () => {
  db = await createTestDatabase();
  // 2025-06-15: the validators compare dates with this clock, not the real one.
  services = testServices(db, new TestClock(new Date('2025-06-15T09:00:00Z')));
});

afterAll(() => db?.close());

describe('register', () => {
  it('creates a citizen with a lower-case email and an E.164 phone', async () => {
    const outcome = await services.users.register(
      registration({ email: '  Ivan.Petrov@Mail.RU ', phone: '8 (912) 555-01-01', middleName: '' }),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.value).toMatchObject({
      email: 'ivan.petrov@mail.ru',
      phone: '+79125550101',
      middleName: null,
      roles: ['CITIZEN'],
      departmentId: null,
    });
    expect(outcome.value.birthDate.toISOString()).toBe('1990-05-20T00:00:00.000Z');
    expect(outcome.value).not.toHaveProperty('passwordHash');

    const row = await db.pool.query(`SELECT password_hash FROM "${db.schema}".users WHERE id = $1`, [outcome.value.id]);
    expect(row.rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    ['lastName', '', 'REQUIRED'],
    ['lastName', 'Ивaнов', 'INVALID_NAME'],
    ['firstName', 'Анна2', 'INVALID_NAME'],
    ['firstName', 'А'.repeat(101), 'TOO_LONG'],
    ['middleName', 'Иванович1', 'INVALID_NAME'],
    ['birthDate', '1990-02-30', 'INVALID_DATE'],
    ['birthDate', '2025-06-16', 'DATE_IN_FUTURE'],
    ['birthDate', '1899-12-31', 'BIRTH_DATE_TOO_EARLY'],
    ['birthDate', '2011-06-16', 'TOO_YOUNG'],
    ['email', 'ivan@', 'INVALID_EMAIL'],
    ['email', '', 'REQUIRED'],
    ['phone', '+7 701 123 45 67', 'INVALID_PHONE'],
    ['phone', '8 800 555 35 35', 'PHONE_NOT_PERSONAL'],
    ['password', 'password1!', 'WEAK_PASSWORD'],
    ['password', '', 'REQUIRED'],
  ])('refuses %s = %p with %s and stores nothing', async (field, value, code) => {
    const before = await db.count('users');
    const outcome = await services.users.register(registration({ [field]: value }));
    expect(outcome).toEqual({ ok: false, problems: [{ field, code }] });
    expect(await db.count('users')).toBe(before);
  });

  it('reports every bad field at once', async () => {
    const outcome = await services.users.register({
      lastName: '',
      firstName: 'Анна2',
      middleName: 'X1',
      birthDate: '2030-01-01',
      email: 'nope',
      phone: '123',
      password: 'short',
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => p.field)).toEqual([
      'lastName',
      'firstName',
      'middleName',
      'birthDate',
      'email',
      'phone',
      'password',
    ]);
  });

  it('refuses a taken email (any case) and a taken phone (any spelling)', async () => {
    const first = registration({ email: 'taken@mail.ru', phone: '+79125550202' });
    expect((await services.users.register(first)).ok).toBe(true);
    const before = await db.count('users');

    const sameEmail = await services.users.register(registration({ email: 'TAKEN@mail.ru' }));
    expect(sameEmail).toEqual({ ok: false, problems: [{ field: 'email', code: 'EMAIL_TAKEN' }] });

    const samePhone = await services.users.register(registration({ phone: '8 912 555-02-02' }));
    expect(samePhone).toEqual({ ok: false, problems: [{ field: 'phone', code: 'PHONE_TAKEN' }] });

    const both = await services.users.register(registration({ email: 'taken@mail.ru', phone: '+79125550202' }));
    expect(both.ok ? [] : both.problems.map((p) => p.code)).toEqual(['EMAIL_TAKEN', 'PHONE_TAKEN']);
    expect(await db.count('users')).toBe(before);
  });

  it('turns a lost race for the same email into EMAIL_TAKEN, not a server error', async () => {
    const before = await db.count('users');
    const email = 'race@mail.ru';
    // Both pass the duplicate check before either inserts (hashing sits in between).
    const outcomes = await Promise.all([
      services.users.register(registration({ email })),
      services.users.register(registration({ email })),
      services.users.register(registration({ email })),
    ]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    for (const lost of outcomes.filter((o) => !o.ok)) {
      expect(lost).toEqual({ ok: false, problems: [{ field: 'email', code: 'EMAIL_TAKEN' }] });
    }
    expect(await db.count('users')).toBe(before + 1);
  });

  it('recognises the unique-constraint error the database raises in that race', async () => {
    const row = { lastName: 'А', firstName: 'Б', birthDate: new Date('1990-01-01'), passwordHash: 'x', roles: ['CITIZEN' as const] };
    await db.prisma.user.create({ data: { ...row, email: 'p2002@mail.ru', phone: '+79125559999' } });
    const error = await db.prisma.user
      .create({ data: { ...row, email: 'p2002@mail.ru', phone: '+79125559998' } })
      .catch((e: unknown) => e);
    expect(uniqueViolationOn(error, ['email', 'phone'])).toEqual(['email']);
    expect(uniqueViolationOn(new Error('other'), ['email'])).toBeNull();
  });

  it('words user errors in Russian and English', async () => {
    const outcome = await services.users.register(registration({ email: 'TAKEN@mail.ru', password: 'weak' }));
    if (outcome.ok) throw new Error('expected problems');
    const ru = userErrorsFor(outcome.problems, 'ru');
    const en = userErrorsFor(outcome.problems, 'en');
    expect(ru.map((e) => e.code)).toEqual(['WEAK_PASSWORD', 'EMAIL_TAKEN']);
    expect(ru[1].message).toMatch(/уже зарегистрирован/);
    expect(en[1]).toEqual({ field: 'email', code: 'EMAIL_TAKEN', message: 'An account with this email address already exists' });
  });
});
