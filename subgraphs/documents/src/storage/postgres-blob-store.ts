import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { PrismaClient } from '../generated/prisma/client';
import type { BlobStore, ByteRange, StoredBlob } from './blob-store';

/** Big enough that a 20 MB file is 80 rows, small enough that one row never weighs on memory. */
export const BLOB_CHUNK_BYTES = 256 * 1024;

/**
 * The default BlobStore: a file is a `blob` row and `bytea` chunks of BLOB_CHUNK_BYTES, written
 * as the upload streams in and read back one chunk per query (only the chunks a Range spans),
 * so neither direction holds more than a chunk. Keeps everything in the one database the
 * subgraph already has: nothing more to run, back up or secure.
 */
export class PostgresBlobStore implements BlobStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date = () => new Date(),
    private readonly chunkBytes = BLOB_CHUNK_BYTES,
  ) {}

  async put(source: Readable): Promise<StoredBlob> {
    const key = randomUUID();
    await this.prisma.blob.create({ data: { key, chunkBytes: this.chunkBytes, createdAt: this.now() } });
    const hash = createHash('sha256');
    let size = 0;
    let index = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const write = async (bytes: Buffer) => {
      await this.prisma.blobChunk.create({ data: { blobKey: key, index, data: new Uint8Array(bytes) } });
      index += 1;
    };
    try {
      for await (const piece of source) {
        const bytes = Buffer.isBuffer(piece) ? piece : Buffer.from(piece as Uint8Array);
        hash.update(bytes);
        size += bytes.length;
        pending.push(bytes);
        pendingBytes += bytes.length;
        while (pendingBytes >= this.chunkBytes) {
          // One piece (e.g. a whole stripped JPEG) is sliced as it is: copying it per chunk would cost its size each time.
          const joined = pending.length === 1 ? pending[0] : Buffer.concat(pending);
          await write(joined.subarray(0, this.chunkBytes));
          const rest = joined.subarray(this.chunkBytes);
          pending = rest.length > 0 ? [rest] : [];
          pendingBytes = rest.length;
        }
      }
      if (pendingBytes > 0) await write(Buffer.concat(pending));
      const sha256 = hash.digest('hex');
      await this.prisma.blob.update({ where: { key }, data: { size, sha256, complete: true } });
      return { key, size, sha256 };
    } catch (error) {
      // A refused or aborted stream: remove what was written, then report why.
      await this.delete(key).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const blob = await this.prisma.blob.findUnique({ where: { key }, select: { size: true, chunkBytes: true, complete: true } });
    if (!blob || !blob.complete || blob.size === null) throw new Error(`No such blob ${key}`);
    const size = blob.size;
    if (size === 0) return Readable.from([]);
    const start = range?.start ?? 0;
    const end = Math.min(range?.end ?? size - 1, size - 1);
    if (start < 0 || start > end) throw new Error(`Range ${start}-${end} outside blob ${key} of ${size} bytes`);
    const { chunkBytes } = blob;
    const first = Math.floor(start / chunkBytes);
    const last = Math.floor(end / chunkBytes);
    const prisma = this.prisma;
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let index = first; index <= last; index += 1) {
        const row = await prisma.blobChunk.findUnique({ where: { blobKey_index: { blobKey: key, index } }, select: { data: true } });
        if (!row) throw new Error(`Blob ${key} misses chunk ${index}`);
        const data = Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength);
        const from = index === first ? start - index * chunkBytes : 0;
        const to = index === last ? end - index * chunkBytes + 1 : data.length;
        yield data.subarray(from, to);
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  async delete(key: string): Promise<void> {
    // Chunks go with their blob (ON DELETE CASCADE).
    await this.prisma.blob.deleteMany({ where: { key } });
  }

  /** Blobs left half-written by a process that stopped mid-upload; returns how many were removed. */
  async deleteIncompleteBefore(cutoff: Date, limit = 100): Promise<number> {
    const stale = await this.prisma.blob.findMany({ where: { complete: false, createdAt: { lt: cutoff } }, select: { key: true }, take: limit });
    if (stale.length === 0) return 0;
    const { count } = await this.prisma.blob.deleteMany({ where: { key: { in: stale.map((blob) => blob.key) }, complete: false } });
    return count;
  }
}
