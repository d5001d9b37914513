import piexif from 'piexifjs';
import type { AllowedContentType } from '../documents/content-types';
import { UploadRefusal } from './upload-refusal';

const OUTPUT_SLICE = 256 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** eXIf holds EXIF (GPS among it); the text chunks can carry XMP with the same. None is needed to show the image. */
const PNG_METADATA_CHUNKS = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt']);

/**
 * The bytes as stored: photos lose their EXIF (where and when they were taken, the device),
 * which a person rarely means to hand to a department. JPEG through piexifjs, PNG chunk by chunk;
 * PDF and HEIC pass unchanged (see the README).
 */
export function stripMetadata(contentType: AllowedContentType, source: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  if (contentType === 'image/jpeg') return withoutJpegExif(source);
  if (contentType === 'image/png') return withoutPngMetadata(source);
  return source;
}

/**
 * piexifjs.remove drops the APP1 Exif segments without re-encoding the image. It works on the
 * whole image as a binary string, so the image is held in memory here — bounded by the upload
 * limit (DOCUMENTS_MAX_UPLOAD_BYTES, checked before this step), a few times its size at most.
 */
export async function* withoutJpegExif(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of source) parts.push(part);
  let stripped: string;
  try {
    stripped = piexif.remove(Buffer.concat(parts).toString('latin1'));
  } catch {
    // Not a JPEG piexifjs can walk: a broken or disguised file is refused rather than stored as is.
    throw new UploadRefusal(415, 'UNSUPPORTED_MEDIA_TYPE');
  }
  const bytes = Buffer.from(stripped, 'latin1');
  for (let offset = 0; offset < bytes.length; offset += OUTPUT_SLICE) yield bytes.subarray(offset, offset + OUTPUT_SLICE);
}

/**
 * Streams a PNG through, leaving out its metadata chunks (length, type, data, CRC each; the
 * other chunks and their CRCs are untouched, so the image stays valid). Holds at most a chunk
 * header between pieces.
 */
export async function* withoutPngMetadata(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  let signatureChecked = false;
  let remaining = 0; // bytes of the current chunk's data + CRC still to pass on or skip
  let skipping = false;
  for await (const piece of source) {
    pending = pending.length > 0 ? Buffer.concat([pending, piece]) : piece;
    const out: Buffer[] = [];
    for (;;) {
      if (!signatureChecked) {
        if (pending.length < PNG_SIGNATURE.length) break;
        if (!pending.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) throw new UploadRefusal(415, 'UNSUPPORTED_MEDIA_TYPE');
        out.push(pending.subarray(0, PNG_SIGNATURE.length));
        pending = pending.subarray(PNG_SIGNATURE.length);
        signatureChecked = true;
        continue;
      }
      if (remaining > 0) {
        const take = Math.min(remaining, pending.length);
        if (take === 0) break;
        if (!skipping) out.push(pending.subarray(0, take));
        pending = pending.subarray(take);
        remaining -= take;
        continue;
      }
      if (pending.length < 8) break;
      const length = pending.readUInt32BE(0);
      const type = pending.toString('latin1', 4, 8);
      skipping = PNG_METADATA_CHUNKS.has(type);
      if (!skipping) out.push(pending.subarray(0, 8));
      pending = pending.subarray(8);
      remaining = length + 4;
    }
    if (out.length > 0) yield Buffer.concat(out);
  }
  // Bytes after the last whole chunk (a truncated tail) are kept as received.
  if (pending.length > 0 && !skipping) yield pending;
}
