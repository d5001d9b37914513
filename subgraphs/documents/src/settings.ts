/** What the documents subgraph reads from its environment beside the kit's SubgraphConfig. */
export interface DocumentsSettings {
  /** The largest upload accepted, in bytes (DOCUMENTS_MAX_UPLOAD_BYTES). */
  maxUploadBytes: number;
  /** clamd to scan uploads with (CLAMD_URL, tcp://host:port); null: the sandbox scanner. */
  clamdUrl: string | null;
  /** Where people open the portal: the QR code on a result links to its /verify page there. */
  portalOrigin: string;
}

export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const DEFAULT_PORTAL_ORIGIN = 'http://localhost:4000';

export const DEFAULT_SETTINGS: DocumentsSettings = {
  maxUploadBytes: DEFAULT_MAX_UPLOAD_BYTES,
  clamdUrl: null,
  portalOrigin: DEFAULT_PORTAL_ORIGIN,
};

/** A bad value stops the start, rather than surfacing at the first upload. */
export function documentsSettingsFromEnv(env: NodeJS.ProcessEnv): DocumentsSettings {
  const max = env.DOCUMENTS_MAX_UPLOAD_BYTES?.trim();
  const maxUploadBytes = max ? Number(max) : DEFAULT_MAX_UPLOAD_BYTES;
  // An int column holds the size; 1 GiB is far beyond what a portal form takes anyway.
  if (!Number.isSafeInteger(maxUploadBytes) || maxUploadBytes < 1 || maxUploadBytes > 1024 ** 3) {
    throw new Error(`documents: DOCUMENTS_MAX_UPLOAD_BYTES must be a whole number of bytes from 1 to 1073741824 (got "${max}")`);
  }
  const clamdUrl = env.CLAMD_URL?.trim() || null;
  if (clamdUrl && !/^tcp:\/\/[^/:]+:\d+\/?$/.test(clamdUrl)) throw new Error(`documents: CLAMD_URL must look like tcp://127.0.0.1:3310 (got "${clamdUrl}")`);
  const origin = (env.PORTAL_ORIGIN ?? env.PUBLIC_ORIGIN)?.trim() || DEFAULT_PORTAL_ORIGIN;
  if (!URL.canParse(origin) || !/^https?:$/.test(new URL(origin).protocol)) throw new Error(`documents: PORTAL_ORIGIN must be an http(s) origin (got "${origin}")`);
  return { maxUploadBytes, clamdUrl, portalOrigin: new URL(origin).origin };
}
