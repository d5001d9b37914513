import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import piexif from 'piexifjs';
import { UPLOAD_URL_TTL_MS } from '../src/documents/documents.service';
import { EICAR_SIGNATURE } from '../src/scanning/sandbox-virus-scanner';
import { eicarPdf, exeBytes, jpegWithGps, pdfBytes, pngChunkTypes, pngWithExif, sha256 } from './support/files';
import { eventually } from './support/test-database';
import { createUpload, startTestServer, uploadFile, type TestServer } from './support/test-server';

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
const MAX = 2 * 1024 * 1024;
let server: TestServer;
const ownerId = randomUUID();
let ownerToken: string;

beforeAll(async () => {
  server = await startTestServer({ settings: { maxUploadBytes: MAX } });
  ownerToken = server.tokens.sign(ownerId);
});
afterAll(() => server?.destroy());

const documentRow = (id: string) => server.running.services.documents.byIds([id]).then(([row]) => row);

/** Sends `firstPart` of a body announced as `length` bytes, then hangs up. */
function abortedPut(path: string, token: string, length: number, firstPart: Buffer): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request(`${server.base}${path}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-length': String(length) } });
    req.on('error', () => resolve());
    req.on('response', () => resolve());
    req.write(firstPart, () => setTimeout(() => req.destroy(), 50));
  });
}

describe('PUT /uploads/<token>', () => {
  it('stores the bytes, tells the type from them, keeps their SHA-256, and the URL works once', async () => {
    const bytes = pdfBytes(700 * 1024);
    const { id, uploadUrl } = await createUpload(server, ownerToken, { fileName: 'заявление.pdf', contentType: 'application/pdf', size: bytes.length });
    const response = await server.request('PUT', uploadUrl, { token: ownerToken, body: bytes });
    expect(response.status).toBe(200);
    expect(response.json().document).toMatchObject({ id, status: 'CLEAN', contentType: 'application/pdf', size: bytes.length, sha256: sha256(bytes), fileName: 'заявление.pdf' });
    const row = await documentRow(id);
    expect(row).toMatchObject({ status: 'CLEAN', contentType: 'application/pdf', sha256: sha256(bytes), uploadClaimedAt: null });
    // 700 KB in 256 KB chunks.
    expect(await server.count('blob_chunk', 'blob_key = $1::uuid', [row!.blobKey])).toBe(3);

    const again = await server.request('PUT', uploadUrl, { token: ownerToken, body: bytes });
    expect(again.status).toBe(409);
    expect(again.json().error.code).toBe('UPLOAD_URL_USED');
  });

  it('takes multipart/form-data with one file part (POST)', async () => {
    const bytes = pdfBytes(5_000);
    const { id, uploadUrl } = await createUpload(server, ownerToken, { fileName: 'form.pdf', contentType: 'application/pdf', size: bytes.length });
    const form = new FormData();
    form.append('note', 'hello');
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'form.pdf');
    const response = await fetch(`${server.base}${uploadUrl}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${ownerToken}` } });
    expect(response.status).toBe(200);
    expect((await documentRow(id))?.sha256).toBe(sha256(bytes));
  });

  it('refuses a form with two files and keeps nothing', async () => {
    const bytes = pdfBytes(3_000);
    const { id, uploadUrl } = await createUpload(server, ownerToken, { fileName: 'two.pdf', contentType: 'application/pdf', size: bytes.length });
    const form = new FormData();
    form.append('a', new Blob([bytes]), 'a.pdf');
    form.append('b', new Blob([bytes]), 'b.pdf');
    const blobs = await server.count('blob');
    const response = await fetch(`${server.base}${uploadUrl}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${ownerToken}` } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error.code).toBe('BAD_REQUEST');
    expect((await documentRow(id))?.status).toBe('AWAITING_UPLOAD');
    expect(await server.count('blob')).toBe(blobs);
  });

  it('answers 413 from Content-Length before reading the body', async () => {
    const { uploadUrl } = await createUpload(server, ownerToken, { fileName: 'big.pdf', contentType: 'application/pdf', size: MAX });
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      // Announces 30 MB, sends 10 bytes: the answer must come without the rest.
      const req = http.request(`${server.base}${uploadUrl}`, { method: 'PUT', headers: { authorization: `Bearer ${ownerToken}`, 'content-length': String(30 * 1024 * 1024) } });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write(Buffer.from('%PDF-1.4\n\n'));
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('2 МБ') } });
  });

  it('aborts with 413 as soon as a chunked body passes the limit', async () => {
    const { id, uploadUrl } = await createUpload(server, ownerToken, { fileName: 'big.pdf', contentType: 'application/pdf', size: MAX });
    const blobs = await server.count('blob');
    const response = await fetch(`${server.base}${uploadUrl}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ownerToken}` },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(pdfBytes(MAX + 1024)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit).catch(() => null);
    // The server stops reading and closes the connection: a client may see the 413 or only the hang-up.
    if (response) expect(response.status).toBe(413);
    await eventually(async () => (await documentRow(id))?.uploadClaimedAt === null);
    expect((await documentRow(id))?.status).toBe('AWAITING_UPLOAD');
    expect(await server.count('blob')).toBe(blobs);
  });

  it('refuses an executable renamed .pdf (415) and a type other than declared, storing nothing', async () => {
    const blobs = await server.count('blob');
    const exe = await uploadFile(server, ownerToken, exeBytes(), 'invoice.pdf', 'application/pdf');
    expect(exe.response.status).toBe(415);
    expect(exe.response.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const jpegAsPdf = await uploadFile(server, ownerToken, jpegWithGps(), 'photo.pdf', 'application/pdf');
    expect(jpegAsPdf.response.status).toBe(415);
    expect(jpegAsPdf.response.json().error.code).toBe('CONTENT_TYPE_MISMATCH');
    expect((await documentRow(exe.id))?.status).toBe('AWAITING_UPLOAD');
    expect(await server.count('blob')).toBe(blobs);
  });

  it('refuses an empty body (400 EMPTY_FILE) and one of another size than declared (400)', async () => {
    const { uploadUrl } = await createUpload(server, ownerToken, { fileName: 'a.pdf', contentType: 'application/pdf', size: 100 });
    const empty = await server.request('PUT', uploadUrl, { token: ownerToken, body: Buffer.alloc(0) });
    expect([empty.status, empty.json().error.code]).toEqual([400, 'EMPTY_FILE']);
    const shorter = await server.request('PUT', uploadUrl, { token: ownerToken, body: pdfBytes(90) });
    expect([shorter.status, shorter.json().error.code]).toEqual([400, 'SIZE_MISMATCH']);
    // Chunked (no Content-Length): found out while streaming.
    const longer = await fetch(`${server.base}${uploadUrl}`, { method: 'PUT', headers: { authorization: `Bearer ${ownerToken}` }, body: Readable.toWeb(Readable.from([pdfBytes(150)])) as any, duplex: 'half' } as RequestInit);
    expect([longer.status, ((await longer.json()) as any).error.code]).toEqual([400, 'SIZE_MISMATCH']);
    // The URL still works after refusals, until it expires.
    expect((await server.request('PUT', uploadUrl, { token: ownerToken, body: pdfBytes(100) })).status).toBe(200);
  });

  it('keeps nothing of an upload the client aborts midway, and the URL can be used again', async () => {
    const bytes = pdfBytes(900 * 1024);
    const { id, uploadUrl } = await createUpload(server, ownerToken, { fileName: 'half.pdf', contentType: 'application/pdf', size: bytes.length });
    const blobs = await server.count('blob');
    await abortedPut(uploadUrl, ownerToken, bytes.length, bytes.subarray(0, 600 * 1024));
    await eventually(async () => (await documentRow(id))?.uploadClaimedAt === null && (await server.count('blob')) === blobs);
    expect((await documentRow(id))?.status).toBe('AWAITING_UPLOAD');
    expect((await server.request('PUT', uploadUrl, { token: ownerToken, body: bytes })).status).toBe(200);
  });

  it('quarantines a file with the EICAR test string: 422, never stored, the owner told why (document.quarantined)', async () => {
    const bytes = eicarPdf();
    const blobs = await server.count('blob');
    const { id, response } = await uploadFile(server, ownerToken, bytes, 'virus.pdf');
    expect(response.status).toBe(422);
    expect(response.json()).toMatchObject({ error: { code: 'FILE_QUARANTINED' }, document: { id, status: 'QUARANTINED', quarantineReason: EICAR_SIGNATURE } });
    expect(await documentRow(id)).toMatchObject({ status: 'QUARANTINED', quarantineReason: EICAR_SIGNATURE, blobKey: null });
    expect(await server.count('blob')).toBe(blobs);
    const events = await server.running.services.outbox.readAfter(0n, 500);
    const event = events.find((row) => row.type === 'document.quarantined' && row.subject.id === id);
    expect(event).toMatchObject({ subject: { type: 'Document', id }, audience: { userIds: [ownerId], departmentIds: [] } });
    expect(event!.payload).toMatchObject({ documentId: id, ownerId, fileName: 'virus.pdf', reason: EICAR_SIGNATURE });
    // The owner sees status and reason; the bytes are served to nobody.
    const seen = await server.gql(`query($id: ID!) { document(id: $id) { status quarantineReason downloadUrl } }`, { id }, ownerToken);
    expect(seen.data.document).toEqual({ status: 'QUARANTINED', quarantineReason: EICAR_SIGNATURE, downloadUrl: null });
    const download = await server.request('GET', `/documents/${id}/content`, { token: ownerToken });
    expect([download.status, download.json().error.code]).toEqual([409, 'DOCUMENT_QUARANTINED']);
    expect((await server.request('PUT', `/uploads/x`, { token: ownerToken, body: bytes })).status).toBe(404);
  });

  it('refuses an expired URL (410) by the injected clock', async () => {
    const bytes = pdfBytes(1_000);
    const { uploadUrl } = await createUpload(server, ownerToken, { fileName: 'late.pdf', contentType: 'application/pdf', size: bytes.length });
    server.clock.advance(UPLOAD_URL_TTL_MS + 1_000);
    try {
      const response = await server.request('PUT', uploadUrl, { token: ownerToken, body: bytes });
      expect([response.status, response.json().error.code]).toEqual([410, 'UPLOAD_URL_EXPIRED']);
    } finally {
      server.clock.current = new Date();
    }
  });

  it('is the owner’s alone: no token 401, a bad token 401, someone else or an API client 404, an unknown token 404', async () => {
    const bytes = pdfBytes(1_000);
    const { uploadUrl } = await createUpload(server, ownerToken, { fileName: 'mine.pdf', contentType: 'application/pdf', size: bytes.length });
    expect((await server.request('PUT', uploadUrl, { body: bytes })).status).toBe(401);
    expect((await server.request('PUT', uploadUrl, { body: bytes, headers: { authorization: 'Bearer nonsense' } })).status).toBe(401);
    expect((await server.request('PUT', uploadUrl, { body: bytes, token: server.tokens.sign(randomUUID()) })).status).toBe(404);
    expect((await server.request('PUT', uploadUrl, { body: bytes, token: server.tokens.signClient(ownerId, 'client-x', ['documents:write']) })).status).toBe(404);
    const unknown = await server.request('PUT', '/uploads/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { body: bytes, token: ownerToken });
    expect(unknown.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect(JSON.stringify(unknown.json())).not.toMatch(/localhost|127\.0\.0\.1|at .*\.ts/);
    expect((await server.request('PUT', uploadUrl, { body: bytes, token: ownerToken })).status).toBe(200);
  });

  it('takes 20 uploads of one person at once, each stored whole', async () => {
    const files = Array.from({ length: 20 }, (_, index) => pdfBytes(40_000 + index * 1_000));
    const results = await Promise.all(files.map((bytes, index) => uploadFile(server, ownerToken, bytes, `part-${index}.pdf`)));
    expect(results.map((r) => r.response.status)).toEqual(Array(20).fill(200));
    const rows = await server.running.services.documents.byIds(results.map((r) => r.id));
    expect(rows.map((row) => row?.sha256)).toEqual(files.map(sha256));
    const list = await server.gql(`{ myDocuments(first: 100) { totalCount } }`, {}, ownerToken);
    expect(list.data.myDocuments.totalCount).toBeGreaterThanOrEqual(20);
  });

  it('removes EXIF (GPS) from a JPEG and metadata chunks from a PNG before storing', async () => {
    const jpeg = jpegWithGps();
    expect(Object.keys(piexif.load(jpeg.toString('latin1')).GPS ?? {})).not.toHaveLength(0);
    const photo = await uploadFile(server, ownerToken, jpeg, 'IMG_0001.jpg', 'image/jpeg');
    expect(photo.response.status).toBe(200);
    const downloaded = await server.request('GET', `/documents/${photo.id}/content`, { token: ownerToken });
    expect(downloaded.headers['content-type']).toBe('image/jpeg');
    expect(piexif.load(downloaded.body.toString('latin1')).GPS).toEqual({});
    expect(downloaded.body.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(downloaded.body.length).toBeLessThan(jpeg.length);
    expect(photo.response.json().document.sha256).toBe(sha256(downloaded.body));

    const png = pngWithExif();
    const image = await uploadFile(server, ownerToken, png, 'screen.png', 'image/png');
    expect(image.response.status).toBe(200);
    const stored = (await server.request('GET', `/documents/${image.id}/content`, { token: ownerToken })).body;
    expect(pngChunkTypes(png)).toEqual(['IHDR', 'eXIf', 'tEXt', 'IDAT', 'IEND']);
    expect(pngChunkTypes(stored)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });
});
