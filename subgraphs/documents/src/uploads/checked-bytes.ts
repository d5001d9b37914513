import { UploadRefusal } from './upload-refusal';

export interface ByteLimits {
  /** The subgraph's upload limit: past it the upload is refused (413) at once. */
  maxBytes: number;
  /** The size declared in createUpload: the file must be exactly this long. */
  expectedSize: number;
}

const megabytes = (bytes: number) => Math.floor(bytes / 1024 / 1024);

/**
 * The request body as it streams in, refused as soon as it is too long (nothing past the limit
 * is read) and, at its end, when it is empty or not the declared size. Every later step reads
 * through this, so no check can be skipped.
 */
export async function* checkedBytes(source: AsyncIterable<unknown>, limits: ByteLimits): AsyncGenerator<Buffer> {
  let received = 0;
  for await (const piece of source) {
    const bytes = Buffer.isBuffer(piece) ? piece : Buffer.from(piece as Uint8Array);
    received += bytes.length;
    if (received > limits.maxBytes) throw new UploadRefusal(413, 'PAYLOAD_TOO_LARGE', { maxMb: megabytes(limits.maxBytes) });
    if (received > limits.expectedSize) throw new UploadRefusal(400, 'SIZE_MISMATCH', { size: limits.expectedSize });
    yield bytes;
  }
  if (received === 0) throw new UploadRefusal(400, 'EMPTY_FILE');
  if (received !== limits.expectedSize) throw new UploadRefusal(400, 'SIZE_MISMATCH', { size: limits.expectedSize });
}
