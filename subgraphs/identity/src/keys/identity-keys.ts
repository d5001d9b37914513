import { loadDocumentsKey } from './documents-key';
import { loadSigningKey, type SigningKey } from './signing-key';

export interface IdentityKeys {
  signing: SigningKey;
  /** 32-byte AES-256-GCM key for identity documents; the lookup-hash key is derived from it. */
  documents: Buffer;
}

export interface KeyOptions {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  production: boolean;
}

/**
 * Keys from the environment, or development keys kept under `dataDir/keys`. In production
 * a generated key would differ per replica (tokens refused by its siblings, documents
 * unreadable after a redeploy), so missing keys there are an error.
 */
export async function loadIdentityKeys({ env, dataDir, production }: KeyOptions): Promise<IdentityKeys> {
  // Env files and CI secrets often carry a PEM on one line with literal "\n".
  const pem = env.JWT_PRIVATE_KEY ? env.JWT_PRIVATE_KEY.replace(/\\n/g, '\n') : undefined;
  const base64 = env.DOCUMENTS_ENCRYPTION_KEY || undefined;
  if (production && (!pem || !base64)) {
    throw new Error('identity: JWT_PRIVATE_KEY and DOCUMENTS_ENCRYPTION_KEY must be set in production');
  }
  return {
    signing: await loadSigningKey({ pem, dataDir }),
    documents: await loadDocumentsKey({ base64, dataDir }),
  };
}
