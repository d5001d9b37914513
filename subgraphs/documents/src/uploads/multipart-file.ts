import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { UploadRefusal } from './upload-refusal';

export interface MultipartFile {
  /** The one file part's bytes, as they arrive. */
  file: Promise<Readable>;
  /** Settles when the whole form was read; refuses a form with more than one file. */
  finished: Promise<void>;
}

/**
 * A multipart/form-data body with exactly one file part (any field name), parsed by busboy as
 * it streams: nothing is buffered beyond busboy's own small windows. The file part is cut one
 * byte past `maxBytes`, so the size check downstream sees that it is too large.
 */
export function multipartFile(req: IncomingMessage, maxBytes: number): MultipartFile {
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes + 1, fields: 20, parts: 21, fieldSize: 4096 } });
  } catch {
    const refused = Promise.reject(new UploadRefusal(400, 'BAD_REQUEST', { detail: 'multipart/form-data with one file expected' }));
    refused.catch(() => undefined);
    return { file: refused, finished: refused };
  }
  let extraFiles = false;
  let gotFile = false;
  let resolveFile!: (stream: Readable) => void;
  let rejectFile!: (error: unknown) => void;
  const file = new Promise<Readable>((resolve, reject) => {
    resolveFile = resolve;
    rejectFile = reject;
  });
  const finished = new Promise<void>((resolve, reject) => {
    parser.on('file', (_name, stream) => {
      if (gotFile) {
        extraFiles = true;
        stream.resume();
        return;
      }
      gotFile = true;
      resolveFile(stream);
    });
    parser.on('filesLimit', () => {
      extraFiles = true;
    });
    parser.on('close', () => {
      if (!gotFile) rejectFile(new UploadRefusal(400, 'BAD_REQUEST', { detail: 'no file part in the form' }));
      if (extraFiles) reject(new UploadRefusal(400, 'BAD_REQUEST', { detail: 'only one file per upload' }));
      else resolve();
    });
    parser.on('error', (error: unknown) => {
      const refusal = new UploadRefusal(400, 'BAD_REQUEST', { detail: 'malformed multipart body' });
      rejectFile(refusal);
      reject(error instanceof Error && /Unexpected end of form/.test(error.message) ? error : refusal);
    });
  });
  // Whoever stops listening first (a refused upload), nothing is left unhandled.
  file.catch(() => undefined);
  finished.catch(() => undefined);
  req.pipe(parser);
  return { file, finished };
}
