import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export interface SealedDocument {
  iv: Uint8Array<ArrayBuffer>;
  authTag: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
// Separate keys for separate jobs: a leaked lookup key must not decrypt anything.
const LOOKUP_KEY_INFO = 'eco-identity/document-lookup-hash/v1';
const LOOKUP_KEY_SALT = 'eco-identity';

/**
 * AES-256-GCM for identity documents at rest. The owner and the document kind are bound
 * in as associated data, so a ciphertext copied onto another user's row fails to open.
 */
export class DocumentCipher {
  private readonly lookupKey: Buffer;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new RangeError('The documents key must be 32 bytes');
    this.lookupKey = Buffer.from(hkdfSync('sha256', key, LOOKUP_KEY_SALT, LOOKUP_KEY_INFO, 32));
  }

  seal(document: unknown, associatedData: string): SealedDocument {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(document), 'utf8'), cipher.final()]);
    // Plain Uint8Arrays: what Prisma's Bytes columns take.
    return { iv: new Uint8Array(iv), authTag: new Uint8Array(cipher.getAuthTag()), ciphertext: new Uint8Array(ciphertext) };
  }

  open<T>(sealed: SealedDocument, associatedData: string): T {
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(sealed.iv));
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.authTag));
    const plain = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as T;
  }

  /**
   * Keyed hash of a normalized number: equal numbers give equal hashes (login, uniqueness),
   * but without the key nobody can test guesses against the table, as they could with a
   * plain hash of an 11-digit SNILS.
   */
  lookupHash(kind: string, normalizedNumber: string): string {
    return createHmac('sha256', this.lookupKey).update(`${kind}:${normalizedNumber}`).digest('base64url');
  }
}
