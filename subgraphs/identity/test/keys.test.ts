import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOCUMENTS_KEY_FILE } from '../src/keys/documents-key';
import { loadIdentityKeys } from '../src/keys/identity-keys';
import { generateSigningKeyPem, SIGNING_KEY_FILE, signingKeyFromPem } from '../src/keys/signing-key';
import { generateKeyPairSync } from 'node:crypto';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'identity-keys-'));
});

afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('identity keys', () => {
  it('create development keys once, owner-only, and reuse them on the next start', async () => {
    const first = await loadIdentityKeys({ env: {}, dataDir, production: false });
    for (const file of [SIGNING_KEY_FILE, DOCUMENTS_KEY_FILE]) {
      expect((await stat(path.join(dataDir, file))).mode & 0o777).toBe(0o600);
    }
    const second = await loadIdentityKeys({ env: {}, dataDir, production: false });
    expect(second.signing.kid).toBe(first.signing.kid);
    expect(second.documents.equals(first.documents)).toBe(true);
  });

  it('agree on one key when several processes start at once', async () => {
    const keys = await Promise.all([1, 2, 3, 4].map(() => loadIdentityKeys({ env: {}, dataDir, production: false })));
    expect(new Set(keys.map((k) => k.signing.kid)).size).toBe(1);
    expect(new Set(keys.map((k) => k.documents.toString('hex'))).size).toBe(1);
  });

  it('take keys from the environment, a PEM with escaped newlines included', async () => {
    const pem = generateSigningKeyPem();
    const documents = randomBytes(32);
    const env = { JWT_PRIVATE_KEY: pem.replace(/\n/g, '\\n'), DOCUMENTS_ENCRYPTION_KEY: documents.toString('base64') };
    const keys = await loadIdentityKeys({ env, dataDir, production: true });
    expect(keys.signing.kid).toBe(signingKeyFromPem(pem).kid);
    expect(keys.documents.equals(documents)).toBe(true);
  });

  it('refuse to invent keys in production', async () => {
    await expect(loadIdentityKeys({ env: {}, dataDir, production: true })).rejects.toThrow(/must be set in production/);
  });

  it('refuse a documents key of the wrong size and a signing key of the wrong type', async () => {
    const env = { DOCUMENTS_ENCRYPTION_KEY: randomBytes(16).toString('base64') };
    await expect(loadIdentityKeys({ env, dataDir, production: false })).rejects.toThrow(/32 bytes/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => signingKeyFromPem(rsa)).toThrow(/P-256/);
  });
});
