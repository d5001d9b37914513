import { createLogger, testViewer } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { UNATTACHED_TTL_MS } from '../src/documents/documents.service';
import { INCOMPLETE_BLOB_TTL_MS, sweepOnce } from '../src/loops/stale-upload-sweep';
import { seedDemoData } from '../src/seed';
import { DEMO_DOCUMENTS } from '../src/seed-data';
import { DocumentPurpose } from '../src/shared/enums';
import { pdfBytes } from './support/files';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
const owner = testViewer(randomUUID());

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

/** createUpload and, unless `awaiting`, the upload itself, in-process (the services the route uses). */
async function upload(purpose: DocumentPurpose, awaiting = false): Promise<string> {
  const bytes = pdfBytes(3_000);
  const created = await db.services.documents.createUpload({ userId: owner.userId!, sandbox: false }, { fileName: 'x.pdf', contentType: 'application/pdf', size: bytes.length, purpose });
  if (!created.ok) throw new Error('createUpload failed');
  if (awaiting) return created.value.document.id;
  const token = created.value.uploadUrl.split('/').pop()!;
  const uploads = db.services.uploads;
  const claim = await uploads.claim(await uploads.open(token, owner));
  await uploads.finish(claim, await uploads.receive(claim.document, Readable.from([bytes])));
  return created.value.document.id;
}

describe('the sweep of unattached uploads', () => {
  it('removes uploads nobody attached within 24 h, with their bytes; keeps attached, OTHER and recent ones', async () => {
    const staleAwaiting = await upload(DocumentPurpose.APPLICATION_ATTACHMENT, true);
    const staleClean = await upload(DocumentPurpose.FINE_APPEAL_EVIDENCE);
    const attached = await upload(DocumentPurpose.APPLICATION_ATTACHMENT);
    const own = await upload(DocumentPurpose.OTHER);
    await db.services.documents.attach({ documentIds: [attached], ownerId: owner.userId!, attachedToType: 'Application', attachedToId: randomUUID(), departmentId: 'MVD', requestId: null });
    const staleBlob = (await db.prisma.document.findUniqueOrThrow({ where: { id: staleClean } })).blobKey!;

    db.clock.advance(UNATTACHED_TTL_MS - 60_000);
    const recent = await upload(DocumentPurpose.BENEFIT_PROOF);
    const sweep = { documents: db.services.documents, incompleteBlobs: db.services.postgresBlobs!, now: db.clock.now };
    expect(await sweepOnce(sweep)).toBe(0);

    db.clock.advance(2 * 60_000);
    expect(await sweepOnce(sweep)).toBe(2);
    const left = await db.services.documents.byIds([staleAwaiting, staleClean, attached, own, recent]);
    expect(left.map((row) => row?.id ?? null)).toEqual([null, null, attached, own, recent]);
    expect(await db.count('blob', 'key = $1::uuid', [staleBlob])).toBe(0);
    expect(await db.count('blob_chunk', 'blob_key = $1::uuid', [staleBlob])).toBe(0);
    expect(await sweepOnce(sweep)).toBe(0);
  });

  it('removes blobs left half-written by a process that stopped mid-upload, after an hour', async () => {
    const key = randomUUID();
    await db.prisma.blob.create({ data: { key, chunkBytes: 1024, createdAt: db.clock.now() } });
    const sweep = { documents: db.services.documents, incompleteBlobs: db.services.postgresBlobs!, now: db.clock.now };
    expect(await sweepOnce(sweep)).toBe(0);
    db.clock.advance(INCOMPLETE_BLOB_TTL_MS + 1_000);
    expect(await sweepOnce(sweep)).toBe(1);
    expect(await db.count('blob', 'key = $1::uuid', [key])).toBe(0);
  });
});

describe('demo data', () => {
  it('seeds the demo citizen’s clean files, idempotently', async () => {
    const logger = createLogger('seed-test', 'silent');
    await seedDemoData(db.prisma, db.services.blobs, logger);
    await Promise.all([seedDemoData(db.prisma, db.services.blobs, logger), seedDemoData(db.prisma, db.services.blobs, logger)]);
    const rows = await db.services.documents.byIds(DEMO_DOCUMENTS.map((demo) => demo.id));
    // A PDF certificate and four photos (three of them named by the demo applications).
    expect(rows.map((row) => [row?.status, row?.contentType])).toEqual([
      ['CLEAN', 'application/pdf'],
      ...Array.from({ length: 4 }, () => ['CLEAN', 'image/jpeg']),
    ]);
    const pdf = await db.services.blobs.get(rows[0]!.blobKey!);
    const chunks: Buffer[] = [];
    for await (const chunk of pdf) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await db.count('blob', 'key::text NOT IN (SELECT blob_key FROM "' + db.schema + '".document WHERE blob_key IS NOT NULL)')).toBe(0);
  });
});
