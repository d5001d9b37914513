import { requestIdFrom, REQUEST_ID_HEADER, type Logger, type TokenVerifier, type Viewer } from '@eco/kit';
import type { Express, Request, Response } from 'express';
import { canViewDocument, isDocumentOwner, isRecipient } from '../documents/document-access';
import type { DocumentsService } from '../documents/documents.service';
import type { IssuedDocumentsService } from '../issued/issued-documents.service';
import { sendProblem } from '../shared/http-problems';
import { viewerOfRequest } from '../shared/http-viewer';
import { isUuid } from '../shared/ids';
import type { BlobStore } from '../storage/blob-store';
import { sendStoredFile } from './send-stored-file';
import type { LinkKind, SignedLinks } from './signed-links';

export interface DownloadRoutesDeps {
  tokenVerifier: TokenVerifier;
  documents: DocumentsService;
  issued: IssuedDocumentsService;
  links: SignedLinks;
  blobs: BlobStore;
  now: () => Date;
  logger: Logger;
}

/** Who is reading: recognised by a signed link made for them, or by their bearer token. */
type Reader = { via: 'SIGNED_LINK'; readerId: string | null } | { via: 'TOKEN'; viewer: Viewer & { userId: string } };

/** A refusal already answered, or the reader. */
async function readerOf(req: Request, res: Response, kind: LinkKind, id: string, deps: DownloadRoutesDeps): Promise<Reader | null> {
  if (req.query.signature !== undefined) {
    const check = deps.links.check(kind, id, req.query as Record<string, unknown>);
    if (!check.ok) {
      sendProblem(req, res, check.reason === 'LINK_EXPIRED' ? 410 : 403, check.reason);
      return null;
    }
    return { via: 'SIGNED_LINK', readerId: check.readerId };
  }
  const viewer = await viewerOfRequest(req, deps.tokenVerifier);
  if (viewer === 'invalid' || !viewer.userId) {
    sendProblem(req, res, 401, 'UNAUTHENTICATED');
    return null;
  }
  return { via: 'TOKEN', viewer: viewer as Viewer & { userId: string } };
}

/**
 * GET /documents/<id>/content and GET /issued-documents/<id>/content (HEAD too), with a bearer
 * token or a signed link from `downloadUrl`. What the caller may not read — someone else's,
 * unknown, not uploaded, an API client's token — is one and the same 404, so nothing tells
 * whether it exists. A quarantined file is never served: its owner gets 409 with the reason.
 * A read of an upload by anyone but its owner is journalled (`document.read`) before any byte goes.
 */
export function mountDownloadRoutes(app: Express, deps: DownloadRoutesDeps): void {
  app.get('/documents/:id/content', async (req, res) => {
    const id = String(req.params.id);
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    try {
      const reader = await readerOf(req, res, 'documents', id, deps);
      if (!reader) return;
      const [document] = isUuid(id) ? await deps.documents.byIds([id]) : [null];
      const allowed = document !== null && (reader.via === 'SIGNED_LINK' || canViewDocument(reader.viewer, document));
      if (!document || !allowed) return sendProblem(req, res, 404, 'NOT_FOUND');
      if (document.status === 'QUARANTINED' && reader.via === 'TOKEN' && isDocumentOwner(reader.viewer, document)) {
        return sendProblem(req, res, 409, 'DOCUMENT_QUARANTINED', { reason: document.quarantineReason ?? '' });
      }
      if (document.status !== 'CLEAN' || !document.blobKey || !document.sha256 || !document.contentType) return sendProblem(req, res, 404, 'NOT_FOUND');
      const readerId = reader.via === 'TOKEN' ? reader.viewer.userId : reader.readerId;
      const file = { blobKey: document.blobKey, size: document.size, sha256: document.sha256, contentType: document.contentType, fileName: document.fileName };
      await sendStoredFile(req, res, file, deps.blobs, async () => {
        if (readerId === document.ownerId) return;
        await deps.documents.recordRead({
          documentId: document.id,
          ownerId: document.ownerId,
          actorId: readerId ?? 'unknown',
          // Only the attaching department's employees can read someone else's upload (or be given a link to it).
          actorRole: reader.via === 'TOKEN' ? (reader.viewer.roles[0] ?? 'UNKNOWN') : 'EMPLOYEE',
          departmentId: document.departmentId,
          attachedToType: document.attachedToType,
          attachedToId: document.attachedToId,
          via: reader.via,
          requestId,
          at: deps.now().toISOString(),
        });
      });
    } catch (error) {
      deps.logger.error({ err: error, requestId }, 'document download failed');
      sendProblem(req, res, 500, 'INTERNAL_SERVER_ERROR');
    }
  });

  app.get('/issued-documents/:id/content', async (req, res) => {
    const id = String(req.params.id);
    try {
      const reader = await readerOf(req, res, 'issued-documents', id, deps);
      if (!reader) return;
      const [issued] = isUuid(id) ? await deps.issued.byIds([id]) : [null];
      if (!issued || (reader.via === 'TOKEN' && !isRecipient(reader.viewer, issued))) return sendProblem(req, res, 404, 'NOT_FOUND');
      const file = { blobKey: issued.blobKey, size: issued.size, sha256: issued.sha256, contentType: 'application/pdf', fileName: issued.fileName };
      await sendStoredFile(req, res, file, deps.blobs, async () => undefined);
    } catch (error) {
      deps.logger.error({ err: error }, 'issued document download failed');
      sendProblem(req, res, 500, 'INTERNAL_SERVER_ERROR');
    }
  });
}
