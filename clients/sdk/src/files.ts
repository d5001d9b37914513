import { CreateUploadDocument, type DocumentPurpose } from './gql/graphql';
import type { createEcoClient } from './client';

type EcoClient = ReturnType<typeof createEcoClient>;

/** An upload the portal refused (HTTP status and the coded error it answered with). */
export class EcoUploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface UploadOptions {
  fileName: string;
  /** The type the client believes it is; the portal decides by the file's bytes. */
  contentType: string;
  purpose: DocumentPurpose;
}

/**
 * Uploads a file in the two steps the portal uses: `createUpload` (checks the name, size and type
 * and returns a one-time URL on the gateway's origin), then a PUT of the bytes there with the
 * same token. Resolves with the new document's id once it is stored and scanned clean.
 */
export async function uploadDocument(client: EcoClient, file: Blob, options: UploadOptions): Promise<string> {
  const { createUpload } = await client.request(CreateUploadDocument, { input: { ...options, size: file.size } });
  const errors = createUpload?.userErrors ?? [];
  if (!createUpload?.uploadUrl || !createUpload.document || errors.length > 0) {
    throw new EcoUploadError(400, errors[0]?.code ?? 'UPLOAD_REFUSED', errors.map((error) => error.message).join('; '));
  }
  const response = await client.fetchFromOrigin(createUpload.uploadUrl, { method: 'PUT', headers: { 'content-type': options.contentType }, body: file });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new EcoUploadError(response.status, body?.error?.code ?? 'UPLOAD_FAILED', body?.error?.message ?? response.statusText);
  }
  return createUpload.document.id;
}

/** The bytes behind a `downloadUrl` (or any document path on the gateway's origin). */
export async function downloadDocument(client: EcoClient, downloadUrl: string): Promise<Blob> {
  const response = await client.fetchFromOrigin(downloadUrl);
  if (!response.ok) throw new EcoUploadError(response.status, response.status === 404 ? 'NOT_FOUND' : 'DOWNLOAD_FAILED', response.statusText);
  return response.blob();
}
