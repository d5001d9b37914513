import { fromBuffer } from 'file-type';
import { ALLOWED_CONTENT_TYPES, typesMatch, type AllowedContentType } from '../documents/content-types';
import { UploadRefusal } from './upload-refusal';

/** What file-type needs to tell every format it knows (its `minimumBytes`). */
export const SNIFF_BYTES = 4100;

export interface SniffedUpload {
  /** Detected from the bytes, never taken from what the client said. */
  contentType: AllowedContentType;
  /** The whole stream again, the sniffed head first. */
  chunks: AsyncIterable<Buffer>;
}

/**
 * Reads the first bytes, tells the type from them with file-type (magic numbers: %PDF, FF D8 FF,
 * the PNG signature, an ISO-BMFF `ftyp` box with a HEIC/HEIF brand...) and refuses with 415
 * anything not allowed (an executable renamed .pdf) or not what was declared, before a single
 * byte is stored or scanned.
 */
export async function sniffUpload(source: AsyncIterable<Buffer>, declaredContentType: string): Promise<SniffedUpload> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headBytes += next.value.length;
  }
  const sample = Buffer.concat(head);
  const detected = await fromBuffer(sample.subarray(0, SNIFF_BYTES));
  const mime = detected?.mime as string | undefined;
  if (!mime || !(ALLOWED_CONTENT_TYPES as readonly string[]).includes(mime)) {
    await iterator.return?.();
    throw new UploadRefusal(415, 'UNSUPPORTED_MEDIA_TYPE');
  }
  if (!typesMatch(declaredContentType, mime)) {
    await iterator.return?.();
    throw new UploadRefusal(415, 'CONTENT_TYPE_MISMATCH', { declared: declaredContentType });
  }
  async function* chunks(): AsyncGenerator<Buffer> {
    yield sample;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { contentType: mime as AllowedContentType, chunks: chunks() };
}
