import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface SealedSecret {
  secretIv: Uint8Array<ArrayBuffer>;
  secretAuthTag: Uint8Array<ArrayBuffer>;
  secretCiphertext: Uint8Array<ArrayBuffer>;
}

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;

/**
 * Webhook secrets must be usable to sign, so they are encrypted (not hashed) at rest:
 * AES-256-GCM with the endpoint id as associated data, so a secret copied onto another
 * endpoint's row fails to open.
 */
export class WebhookSecretCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new RangeError('The webhook secret key must be 32 bytes');
  }

  seal(secret: string, endpointId: string): SealedSecret {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    cipher.setAAD(Buffer.from(endpointId, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return {
      secretIv: new Uint8Array(iv),
      secretAuthTag: new Uint8Array(cipher.getAuthTag()),
      secretCiphertext: new Uint8Array(ciphertext),
    };
  }

  open(sealed: { secretIv: Uint8Array; secretAuthTag: Uint8Array; secretCiphertext: Uint8Array }, endpointId: string): string {
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(sealed.secretIv));
    decipher.setAAD(Buffer.from(endpointId, 'utf8'));
    decipher.setAuthTag(Buffer.from(sealed.secretAuthTag));
    return Buffer.concat([decipher.update(Buffer.from(sealed.secretCiphertext)), decipher.final()]).toString('utf8');
  }
}
