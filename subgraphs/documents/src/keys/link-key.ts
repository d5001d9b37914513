import { readOrCreateKeyFile } from '@eco/kit';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export const LINK_KEY_FILE = path.join('keys', 'documents-link.key');
const KEY_BYTES = 32;

/** HMAC-SHA256 wants at least its output size; a short or mistyped key is refused at start. */
export function linkKeyFromBase64(value: string): Buffer {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length < KEY_BYTES) throw new Error(`DOCUMENTS_LINK_KEY must be base64 of at least ${KEY_BYTES} bytes (got ${key.length})`);
  return key;
}

/** The key of the short-lived signed download links: DOCUMENTS_LINK_KEY, or a development key under dataDir. */
export async function loadLinkKey(options: { base64?: string; dataDir: string }): Promise<Buffer> {
  const base64 = options.base64 ?? (await readOrCreateKeyFile(path.join(options.dataDir, LINK_KEY_FILE), () => `${randomBytes(KEY_BYTES).toString('base64')}\n`));
  return linkKeyFromBase64(base64);
}
