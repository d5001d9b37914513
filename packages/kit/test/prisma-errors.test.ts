import { isLockTimeout, isUniqueViolationOn, uniqueViolationOn } from '../src/errors/prisma-errors';

/** What Prisma 7 throws through the pg driver adapter (shapes as logged from a real client). */
function adapterError(code: string, cause: Record<string, unknown>, meta: Record<string, unknown> = {}) {
  const driverAdapterError = Object.assign(new Error(String(cause.kind)), { name: 'DriverAdapterError', cause });
  return Object.assign(new Error('Invalid `prisma.x.create()` invocation'), { code, meta: { driverAdapterError, ...meta } });
}

const uniqueOnIndex = (index: string) =>
  adapterError('P2002', { originalCode: '23505', kind: 'UniqueConstraintViolation', constraint: { index }, table: 'users' }, { modelName: 'User' });

describe('unique violations', () => {
  it('names the index the adapter reports (Prisma 7 + pg adapter)', () => {
    expect(uniqueViolationOn(uniqueOnIndex('users_email_key'), ['email', 'phone'])).toEqual(['email']);
    expect(isUniqueViolationOn(uniqueOnIndex('kindergarten_application_one_active_per_child'), 'kindergarten_application_one_active_per_child')).toBe(true);
    expect(isUniqueViolationOn(uniqueOnIndex('users_pkey'), ['email', 'phone'])).toBe(false);
  });

  it('reads meta.target and constraint fields too', () => {
    expect(uniqueViolationOn({ code: 'P2002', meta: { target: ['phone'] } }, ['email', 'phone'])).toEqual(['phone']);
    const byFields = adapterError('P2002', { originalCode: '23505', constraint: { fields: ['"idempotency_key"'] } });
    expect(isUniqueViolationOn(byFields, ['idempotency_key', 'idempotencyKey'])).toBe(true);
  });

  it('recognises a raw query\'s violation (P2010 wrapping 23505) and pg\'s own error', () => {
    const raw = adapterError('P2010', { originalCode: '23505', kind: 'UniqueConstraintViolation', constraint: { index: 'slot_pkey' } });
    expect(isUniqueViolationOn(raw, 'slot_pkey')).toBe(true);
    expect(isUniqueViolationOn({ code: '23505', constraint: 'appointment_active_slot_key' }, 'appointment_active_slot_key')).toBe(true);
  });

  it('is null for anything but a unique violation', () => {
    expect(uniqueViolationOn(new Error('users_email_key'), ['email'])).toBeNull();
    expect(uniqueViolationOn({ code: 'P2025', meta: { target: ['email'] } }, ['email'])).toBeNull();
    expect(uniqueViolationOn(adapterError('P2010', { originalCode: '23503', constraint: { index: 'users_email_fkey' } }), ['email'])).toBeNull();
    for (const value of [null, undefined, 'P2002', 42]) expect(uniqueViolationOn(value, ['email'])).toBeNull();
  });
});

describe('lock timeouts', () => {
  it('finds 55P03 however deep it is wrapped', () => {
    expect(isLockTimeout({ code: '55P03' })).toBe(true);
    expect(isLockTimeout(adapterError('P2010', { originalCode: '55P03', kind: 'postgres' }))).toBe(true);
    expect(isLockTimeout(new Error('canceling statement due to lock timeout'))).toBe(true);
  });

  it('is false for other errors, and survives cycles', () => {
    const cyclic: Record<string, unknown> = { code: '40001' };
    cyclic.cause = cyclic;
    expect(isLockTimeout(cyclic)).toBe(false);
    expect(isLockTimeout(uniqueOnIndex('slot_pkey'))).toBe(false);
    expect(isLockTimeout(null)).toBe(false);
  });
});
