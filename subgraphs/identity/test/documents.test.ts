import { createHash, randomBytes } from 'node:crypto';
import { DocumentCipher } from '../src/documents/document-cipher';
import { presentDriverLicence, presentInn, presentPassport, presentSnils } from '../src/documents/document-masking';
import type { IdentityServices } from '../src/services';
import type { UserRecord } from '../src/users/users.service';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { registration, TestClock, testServices } from './support/test-services';

let db: TestDatabase;
let services: IdentityServices;
let owner: UserRecord;
let other: UserRecord;

const SNILS = '15723609874';
const INN = '500100732259';
const PASSPORT = { series: '45 10', number: '987654', issueDate: '2010-06-01', issuerCode: '770-001', issuedBy: 'ОВД района Арбат' };
const LICENCE = { number: '99 21 345678', issueDate: '2021-06-01', expiryDate: '2031-06-01', categories: ['B', 'C1E'] };

async function newUser(birthDate = '1990-05-20'): Promise<UserRecord> {
  const outcome = await services.users.register(registration({ birthDate }));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

function expectOk<T>(outcome: { ok: true; value: T } | { ok: false; problems: unknown }): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.value;
}

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db, new TestClock(new Date('2025-06-15T09:00:00Z')));
  owner = await newUser();
  other = await newUser();
});

afterAll(() => db?.close());

describe('identity documents', () => {
  it('stores all four and reads them back normalized', async () => {
    expectOk(await services.documents.setSnils(owner.id, '157-236-098 74'));
    expectOk(await services.documents.setInn(owner.id, ` ${INN} `));
    expectOk(await services.documents.setPassport(owner.id, PASSPORT));
    const documents = expectOk(await services.documents.setDriverLicence(owner.id, LICENCE));
    expect(documents).toEqual({
      userId: owner.id,
      snils: SNILS,
      inn: INN,
      passport: { ...PASSPORT, series: '4510' },
      driverLicence: { ...LICENCE, number: '9921345678' },
      documentIds: ['SNILS', 'INN', 'PASSPORT', 'DRIVER_LICENCE'].map((kind) => ({ kind, id: expect.any(String) })),
    });
    expect(await services.documents.documentsForUsers([owner.id, other.id])).toEqual([
      documents,
      { userId: other.id, snils: null, inn: null, passport: null, driverLicence: null, documentIds: [] },
    ]);
  });

  it('keeps no number in plain text anywhere in the stored rows', async () => {
    const { rows } = await db.pool.query(`SELECT * FROM "${db.schema}".identity_documents WHERE user_id = $1`, [owner.id]);
    expect(rows).toHaveLength(4);
    // Bytes decoded both ways show any text a plaintext would contain; other columns as they are.
    const asText = (v: unknown) => (Buffer.isBuffer(v) ? `${v.toString('latin1')}|${v.toString('utf8')}` : String(v));
    const stored = rows.map((row) => Object.values(row).map(asText).join('|')).join('\n');
    for (const secret of [SNILS, '157-236-098', INN, '987654', '4510987654', '9921345678', '345678', 'Арбат', '770-001']) {
      expect(stored).not.toContain(secret);
    }
    // Nor a plain (unkeyed) hash of them, which could be reversed by trying every SNILS.
    for (const secret of [SNILS, INN]) {
      expect(stored).not.toContain(createHash('sha256').update(secret).digest('hex'));
      expect(stored).not.toContain(createHash('sha256').update(secret).digest('base64url'));
    }
  });

  it('uses a fresh IV for every write', async () => {
    const read = async () =>
      (await db.pool.query(`SELECT iv, ciphertext FROM "${db.schema}".identity_documents WHERE user_id = $1 AND kind = 'SNILS'`, [owner.id])).rows[0];
    const before = await read();
    expectOk(await services.documents.setSnils(owner.id, SNILS));
    const after = await read();
    expect(Buffer.compare(before.iv, after.iv)).not.toBe(0);
    expect(Buffer.compare(before.ciphertext, after.ciphertext)).not.toBe(0);
  });

  it('replaces a document rather than adding a second one', async () => {
    expectOk(await services.documents.setSnils(other.id, '112-233-445 95'));
    expectOk(await services.documents.setSnils(other.id, '123-456-789 64'));
    const [documents] = await services.documents.documentsForUsers([other.id]);
    expect(documents.snils).toBe('12345678964');
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM "${db.schema}".identity_documents WHERE user_id = $1`, [other.id]);
    expect(rows[0].n).toBe(1);
  });

  it("refuses a SNILS or INN already bound to another account, in any spelling", async () => {
    const before = await db.count('identity_documents');
    expect(await services.documents.setSnils(other.id, '157 236 098 74')).toEqual({
      ok: false,
      problems: [{ field: 'snils', code: 'SNILS_TAKEN' }],
    });
    expect(await services.documents.setInn(other.id, INN)).toEqual({ ok: false, problems: [{ field: 'inn', code: 'INN_TAKEN' }] });
    expect(await db.count('identity_documents')).toBe(before);
    const [documents] = await services.documents.documentsForUsers([other.id]);
    expect(documents.snils).toBe('12345678964');
  });

  it.each([
    ['snils', () => services.documents.setSnils(other.id, '157-236-098 75'), 'SNILS_CHECKSUM'],
    ['inn', () => services.documents.setInn(other.id, '7707083893'), 'INN_WRONG_KIND'],
    ['passport.number', () => services.documents.setPassport(other.id, { ...PASSPORT, number: '12345' }), 'INVALID_PASSPORT_NUMBER'],
    ['driverLicence.categories.0', () => services.documents.setDriverLicence(other.id, { ...LICENCE, categories: ['Z'] }), 'INVALID_LICENCE_CATEGORY'],
  ])('validates %s and stores nothing on error', async (field, write, code) => {
    const before = await db.count('identity_documents');
    expect(await write()).toEqual({ ok: false, problems: [{ field, code }] });
    expect(await db.count('identity_documents')).toBe(before);
  });

  it("checks the passport issue date against the holder's birth date", async () => {
    const young = await newUser('2005-03-10');
    expect(await services.documents.setPassport(young.id, { ...PASSPORT, issueDate: '2019-03-09' })).toEqual({
      ok: false,
      problems: [{ field: 'passport.issueDate', code: 'ISSUED_BEFORE_AGE_14' }],
    });
    expectOk(await services.documents.setPassport(young.id, { ...PASSPORT, issueDate: '2019-03-10' }));
  });
});

describe('document cipher', () => {
  const cipher = new DocumentCipher(randomBytes(32));

  it("cannot open a document moved to another user's row", () => {
    const sealed = cipher.seal({ number: SNILS }, 'user-a:SNILS');
    expect(cipher.open(sealed, 'user-a:SNILS')).toEqual({ number: SNILS });
    expect(() => cipher.open(sealed, 'user-b:SNILS')).toThrow();
  });

  it('cannot open with another key', () => {
    const sealed = cipher.seal({ number: SNILS }, 'a:SNILS');
    expect(() => new DocumentCipher(randomBytes(32)).open(sealed, 'a:SNILS')).toThrow();
  });

  it('gives equal numbers equal lookup hashes, per kind and per key', () => {
    expect(cipher.lookupHash('SNILS', SNILS)).toBe(cipher.lookupHash('SNILS', SNILS));
    expect(cipher.lookupHash('SNILS', SNILS)).not.toBe(cipher.lookupHash('INN', SNILS));
    expect(new DocumentCipher(randomBytes(32)).lookupHash('SNILS', SNILS)).not.toBe(cipher.lookupHash('SNILS', SNILS));
  });
});

describe('masking for anyone but the owner', () => {
  it('shows the owner everything, formatted', () => {
    expect(presentSnils(SNILS, false)).toBe('157-236-098 74');
    expect(presentInn(INN, false)).toBe(INN);
    expect(presentPassport({ ...PASSPORT, series: '4510' }, false)).toMatchObject({ series: '4510', number: '987654' });
    expect(presentDriverLicence({ ...LICENCE, number: '9921345678' }, false)?.number).toBe('99 21 345678');
  });

  it('hides most digits from others', () => {
    expect(presentSnils(SNILS, true)).toBe('***-***-098 74');
    expect(presentInn(INN, true)).toBe('********2259');
    expect(presentPassport({ ...PASSPORT, series: '4510' }, true)).toMatchObject({ series: '45**', number: '****54' });
    expect(presentDriverLicence({ ...LICENCE, number: '9921345678' }, true)?.number).toBe('** ** **5678');
    expect(presentSnils(null, true)).toBeNull();
  });
});
