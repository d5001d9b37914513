import { testClientViewer, testViewer } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { UPLOAD_URL_TTL_MS } from '../src/documents/documents.service';
import { sanitizeFileName } from '../src/documents/file-name';
import { errorCodes, execute } from './support/execute';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
const CREATE = /* GraphQL */ `
  mutation ($input: CreateUploadInput!) {
    createUpload(input: $input) { document { id status fileName declaredContentType size purpose contentType } uploadUrl expiresAt userErrors { field code message } }
  }
`;

let db: TestDatabase;
const owner = testViewer(randomUUID());
const input = (patch: Record<string, unknown> = {}) => ({ fileName: 'passport scan.pdf', contentType: 'application/pdf', size: 1234, purpose: 'APPLICATION_ATTACHMENT', ...patch });
const create = (patch: Record<string, unknown> = {}, viewer = owner) => execute<any>(db.services, CREATE, { viewer, variables: { input: input(patch) } });

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

describe('createUpload', () => {
  it('creates a document awaiting its file and a one-time relative URL valid for 15 minutes', async () => {
    const result = await create();
    expect(result.errors).toBeUndefined();
    const payload = result.data!.createUpload;
    expect(payload.userErrors).toEqual([]);
    expect(payload.document).toMatchObject({ status: 'AWAITING_UPLOAD', fileName: 'passport scan.pdf', declaredContentType: 'application/pdf', size: 1234, contentType: null });
    expect(payload.uploadUrl).toMatch(/^\/uploads\/[A-Za-z0-9_-]{43}$/);
    expect(new Date(payload.expiresAt).getTime()).toBe(db.clock.now().getTime() + UPLOAD_URL_TTL_MS);
    // Only a hash of the token is kept.
    const token = payload.uploadUrl.slice('/uploads/'.length);
    expect(await db.count('document', 'upload_token_hash = $1', [token])).toBe(0);
  });

  it.each([
    [0, 'SIZE_INVALID'],
    [-5, 'SIZE_INVALID'],
    [20 * 1024 * 1024 + 1, 'FILE_TOO_LARGE'],
  ])('refuses size %d with %s and stores nothing', async (size, code) => {
    const before = await db.count('document');
    const payload = (await create({ size })).data!.createUpload;
    expect(payload.userErrors.map((e: any) => [e.field, e.code])).toEqual([['size', code]]);
    expect(payload.document).toBeNull();
    expect(payload.uploadUrl).toBeNull();
    expect(await db.count('document')).toBe(before);
  });

  it('accepts exactly the limit (DOCUMENTS_MAX_UPLOAD_BYTES, 20 MB by default)', async () => {
    expect((await create({ size: 20 * 1024 * 1024 })).data!.createUpload.userErrors).toEqual([]);
  });

  it('refuses types that are not allowed, accepts the allowed ones whatever their case', async () => {
    for (const contentType of ['application/x-msdownload', 'text/html', 'image/svg+xml', '']) {
      expect((await create({ contentType })).data!.createUpload.userErrors.map((e: any) => e.code)).toEqual(['CONTENT_TYPE_NOT_ALLOWED']);
    }
    for (const contentType of ['image/JPEG', 'image/png', 'image/heic', 'application/pdf; charset=binary']) {
      expect((await create({ contentType })).data!.createUpload.userErrors).toEqual([]);
    }
  });

  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\ivan\\Desktop\\скан паспорта.pdf', 'скан паспорта.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['a\u2066b\u2069c\u202Ad.pdf', 'abcd.pdf'],
    ['report\u0000\u0007\u001b.pdf\r\n', 'report.pdf'],
    ['<script>.pdf', 'script.pdf'],
  ])('sanitises the name %j to %j', async (fileName, expected) => {
    expect(sanitizeFileName(fileName)).toBe(expected);
    expect((await create({ fileName })).data!.createUpload.document.fileName).toBe(expected);
  });

  it.each([['..'], ['../..'], ['\u202E\u202D'], ['\u0000\u0001'], ['con'], ['///']])('refuses %j: nothing usable is left', async (fileName) => {
    const payload = (await create({ fileName })).data!.createUpload;
    expect(payload.userErrors.map((e: any) => [e.field, e.code])).toEqual([['fileName', 'FILE_NAME_INVALID']]);
    expect(payload.userErrors[0].message).toMatch(/rename the file/);
  });

  it('reports every problem at once, in the caller’s language', async () => {
    const result = await execute<any>(db.services, CREATE, { viewer: owner, locale: 'ru', variables: { input: input({ fileName: '  ', size: 0, contentType: 'text/plain' }) } });
    expect(result.data!.createUpload.userErrors.map((e: any) => e.code)).toEqual(['FILE_NAME_REQUIRED', 'SIZE_INVALID', 'CONTENT_TYPE_NOT_ALLOWED']);
    expect(result.data!.createUpload.userErrors[0].message).toBe('Укажите имя файла');
  });

  it('is for citizens: anonymous, employees, administrators and API clients are refused', async () => {
    const anonymous = await execute<any>(db.services, CREATE, { variables: { input: input() } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    for (const viewer of [testViewer(randomUUID(), ['EMPLOYEE'], 'MVD'), testViewer(randomUUID(), ['ADMIN']), testClientViewer(randomUUID(), 'client-1', ['applications:read'])]) {
      const result = await create({}, viewer);
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(result.data?.createUpload ?? null).toBeNull();
    }
  });

  it('marks uploads of sandbox users as sandbox', async () => {
    const sandboxViewer = { ...testViewer(randomUUID()), sandbox: true };
    const id = (await create({}, sandboxViewer)).data!.createUpload.document.id;
    expect((await db.prisma.document.findUniqueOrThrow({ where: { id } })).sandbox).toBe(true);
  });
});
