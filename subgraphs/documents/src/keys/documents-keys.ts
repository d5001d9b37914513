import { loadDocumentSigningKey, type DocumentSigningKey } from './document-signing-key';
import { loadLinkKey } from './link-key';

export interface DocumentsKeys {
  /** Signs issued results (Ed25519). */
  signing: DocumentSigningKey;
  /** Signs short-lived download links (HMAC-SHA256). */
  links: Buffer;
}

/**
 * Keys from the environment, or development keys kept under `dataDir/keys`. In production a
 * generated key would differ per replica (links refused by its siblings, results signed by a
 * key nobody published), so missing keys there are an error.
 */
export async function loadDocumentsKeys(options: { env: NodeJS.ProcessEnv; dataDir: string; production: boolean }): Promise<DocumentsKeys> {
  // Env files and CI secrets often carry a PEM on one line with literal "\n".
  const pem = options.env.DOCUMENT_SIGNING_KEY ? options.env.DOCUMENT_SIGNING_KEY.replace(/\\n/g, '\n') : undefined;
  const linkKey = options.env.DOCUMENTS_LINK_KEY || undefined;
  if (options.production && (!pem || !linkKey)) throw new Error('documents: DOCUMENT_SIGNING_KEY and DOCUMENTS_LINK_KEY must be set in production');
  return {
    signing: await loadDocumentSigningKey({ pem, dataDir: options.dataDir }),
    links: await loadLinkKey({ base64: linkKey, dataDir: options.dataDir }),
  };
}
