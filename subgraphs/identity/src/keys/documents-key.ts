import { readOrCreateKeyFile } from '@eco/kit';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export const DOCUMENTS_KEY_FILE = path.join('keys', 'documents.key');
const KEY_BYTES = 32;

/** AES-256 needs exactly 32 bytes; a shorter or mistyped key is refused at start, not at first use. */
export function documentsKeyFromBase64(value: string): Buffer {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new Error(`DOCUMENTS_ENCRYPTION_KEY must be base64 of ${KEY_BYTES} bytes (got ${key.length})`);
  }
  return key;
}

export async function loadDocumentsKey(options: { base64?: string; dataDir: string }): Promise<Buffer> {
  const base64 =
    options.base64 ??
    (await readOrCreateKeyFile(path.join(options.dataDir, DOCUMENTS_KEY_FILE), () =>
      `${randomBytes(KEY_BYTES).toString('base64')}\n`,
    ));
  return documentsKeyFromBase64(base64);
}
