import { isValidUin } from '@eco/kit';
import { seedDemoData } from '../src/seed';
import { DEMO_CITIZEN_ID, SANDBOX_CITIZEN_ID } from '../src/seed-data';
import { citizen, errorCodes, execute } from './support/graph';
import { CITIZEN, CITIZEN2, createTestDatabase, insertTax, type TestDatabase } from './support/test-database';

/** The MVD (traffic police) administrator code every traffic fine's UIN begins with. */
const GIBDD_ADMINISTRATOR_CODE = '188';

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(async () => {
  await db?.close();
});

describe('tax accruals', () => {
  it('UNPAID until 1 December of the following year, OVERDUE after; owner only, also through _entities', async () => {
    const tax = await insertTax(db, { period: 2025 });
    const QUERY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on TaxAccrual { id status amountDue payable dueDate } } }`;
    const reps = [{ __typename: 'TaxAccrual', id: tax.id }];
    db.clock.set('2026-12-01T20:00:00Z');
    const before = await execute(db.services, QUERY, { viewer: citizen(CITIZEN), variables: { reps } });
    expect(before.data!._entities[0]).toEqual({ id: tax.id, status: 'UNPAID', amountDue: 905_000, payable: true, dueDate: '2026-12-01' });
    db.clock.set('2026-12-01T21:00:00Z');
    const after = await execute(db.services, QUERY, { viewer: citizen(CITIZEN), variables: { reps } });
    expect(after.data!._entities[0]).toMatchObject({ status: 'OVERDUE', payable: true });
    const foreign = await execute(db.services, QUERY, { viewer: citizen(CITIZEN2), variables: { reps } });
    expect(foreign.data?._entities?.[0] ?? null).toBeNull();
    expect(errorCodes(foreign)).toContain('FORBIDDEN');
  });
});

describe('demo data', () => {
  it('is realistic and idempotent', async () => {
    const now = new Date('2026-11-22T09:00:00Z');
    db.clock.set(now);
    await seedDemoData(db.prisma, { now });
    await seedDemoData(db.prisma, { now });
    // The demo citizen's 7 live fines and 3 taxes, the sandbox citizen's 2 test fines and 1 tax.
    expect(await db.count('fine')).toBe(9);
    expect(await db.count('tax_accrual')).toBe(4);
    const sandboxFines = await db.prisma.fine.findMany({ where: { sandbox: true } });
    expect(sandboxFines.map((fine) => fine.ownerId)).toEqual([SANDBOX_CITIZEN_ID, SANDBOX_CITIZEN_ID]);
    expect(await db.prisma.fine.count({ where: { ownerId: DEMO_CITIZEN_ID, sandbox: true } })).toBe(0);
    expect(await db.prisma.taxAccrual.count({ where: { ownerId: SANDBOX_CITIZEN_ID, sandbox: true } })).toBe(1);
    const fines = await db.prisma.fine.findMany();
    // Every seeded UIN passes the kit's check, the one payments applies before taking money
    // (the fine ending 0027 and the tax ending 0012 need the check digit's second pass).
    expect(fines.every((fine) => fine.uin.startsWith(GIBDD_ADMINISTRATOR_CODE) && isValidUin(fine.uin))).toBe(true);
    expect(fines.map((fine) => fine.uin)).toContain('18810177260000000027');
    const taxes = await db.prisma.taxAccrual.findMany();
    expect(taxes.every((tax) => isValidUin(tax.uin) && tax.period === 2025)).toBe(true);
    expect(fines.every((fine) => isValidUin(fine.uin))).toBe(true);

    const result = await execute(
      db.services,
      `query($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { fines(first: 20) { totalCount edges { node { article part status discountApplies amountDue } } } taxes { totalCount } } } }`,
      { viewer: citizen(DEMO_CITIZEN_ID), variables: { id: DEMO_CITIZEN_ID } },
    );
    expect(result.errors).toBeUndefined();
    const user = result.data!._entities[0];
    const statuses = user.fines.edges.map((edge: { node: { status: string } }) => edge.node.status);
    expect(statuses).toEqual(expect.arrayContaining(['UNPAID', 'PAID', 'OVERDUE']));
    expect(user.fines.edges.some((edge: { node: { discountApplies: boolean } }) => edge.node.discountApplies)).toBe(true);
    expect(user.taxes.totalCount).toBe(3);
  });
});
