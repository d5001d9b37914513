import { createLogger, subgraphConfigFromEnv, type Logger } from '@eco/kit';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { openDocumentsDatabase } from './database';
import { uploadTokenHash } from './documents/documents.service';
import type { PrismaClient } from './generated/prisma/client';
import type { BlobStore } from './storage/blob-store';
import { PostgresBlobStore } from './storage/postgres-blob-store';
import { DEMO_DOCUMENTS, TINY_JPEG_BASE64, type DemoDocument } from './seed-data';

const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** A small one-page PDF with the given lines (Cyrillic needs the DejaVu font). */
async function demoPdf(lines: readonly string[]): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A5', margin: 40, info: { CreationDate: new Date('2026-01-15T09:00:00Z') } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => pdf.on('end', resolve));
  pdf.registerFont('body', FONT);
  pdf.font('body').fontSize(12);
  for (const line of lines) pdf.text(line).moveDown(0.5);
  pdf.end();
  await ended;
  return Buffer.concat(chunks);
}

const bytesOf = (demo: DemoDocument) => (demo.contentType === 'application/pdf' ? demoPdf(demo.lines ?? []) : Promise.resolve(Buffer.from(TINY_JPEG_BASE64, 'base64')));

/**
 * Demo data: a couple of clean files of the demo citizen, as if uploaded. Found by their fixed
 * ids: a second run (or a second process at once) adds nothing. Needs no other subgraph.
 */
export async function seedDemoData(prisma: PrismaClient, blobs: BlobStore, logger: Logger): Promise<void> {
  let added = 0;
  for (const demo of DEMO_DOCUMENTS) {
    if (await prisma.document.findUnique({ where: { id: demo.id }, select: { id: true } })) continue;
    const bytes = await bytesOf(demo);
    const blob = await blobs.put(Readable.from([bytes]));
    const at = new Date();
    const { count } = await prisma.document.createMany({
      skipDuplicates: true,
      data: {
        id: demo.id,
        ownerId: demo.ownerId,
        purpose: demo.purpose,
        fileName: demo.fileName,
        declaredContentType: demo.contentType,
        contentType: demo.contentType,
        size: blob.size,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        blobKey: blob.key,
        status: 'CLEAN',
        // Never handed out: the seed's files count as uploaded already.
        uploadTokenHash: uploadTokenHash(randomBytes(32).toString('base64url')),
        uploadExpiresAt: at,
        createdAt: at,
        uploadedAt: at,
      },
    });
    if (count === 0) await blobs.delete(blob.key);
    added += count;
  }
  logger.info({ documents: added }, 'documents demo data seeded');
}

if (require.main === module) {
  const logger = createLogger('documents-seed');
  const config = subgraphConfigFromEnv('documents', 4010);
  (async () => {
    const prisma = await openDocumentsDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
    try {
      await seedDemoData(prisma, new PostgresBlobStore(prisma), logger);
    } finally {
      await prisma.$disconnect();
    }
  })().catch((error: unknown) => {
    logger.error({ err: error }, 'seeding failed');
    process.exit(1);
  });
}
