import { requestIdFrom, REQUEST_ID_HEADER, type Logger, type TokenVerifier } from '@eco/kit';
import type { Express, Request, Response } from 'express';
import type { DocumentRow } from '../documents/documents.service';
import { ScannerUnavailableError } from '../scanning/virus-scanner';
import { sendProblem } from '../shared/http-problems';
import { announcedLength, viewerOfRequest } from '../shared/http-viewer';
import { multipartFile } from './multipart-file';
import { UploadRefusal } from './upload-refusal';
import type { UploadClaim, UploadsService } from './uploads.service';

/** Boundaries and part headers around the file in a multipart body: a generous allowance. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface UploadRoutesDeps {
  tokenVerifier: TokenVerifier;
  uploads: UploadsService;
  logger: Logger;
}

/** What the uploader learns about the stored file. */
const documentJson = (document: DocumentRow) => ({
  id: document.id,
  status: document.status,
  fileName: document.fileName,
  contentType: document.contentType,
  size: document.size,
  sha256: document.sha256,
  quarantineReason: document.quarantineReason,
});

/**
 * PUT /uploads/<token> (the raw bytes as the body) and POST /uploads/<token> (multipart/form-data
 * with one file part), with the owner's bearer token. Everything that can be refused before the
 * body is read is refused first (401, 404, 409, 410, and 413/400 from Content-Length); the body
 * is then streamed through the checks to the scanner and the store. 200 with the document when
 * clean; 422 FILE_QUARANTINED when the scanner flagged it.
 */
export function mountUploadRoutes(app: Express, deps: UploadRoutesDeps): void {
  const handler = (multipart: boolean) => async (req: Request, res: Response) => {
    const logger = deps.logger.child({ requestId: requestIdFrom(req.headers[REQUEST_ID_HEADER]) });
    let claim: UploadClaim | null = null;
    try {
      const viewer = await viewerOfRequest(req, deps.tokenVerifier);
      if (viewer === 'invalid' || !viewer.userId) throw new UploadRefusal(401, 'UNAUTHENTICATED');
      const document = await deps.uploads.open(String(req.params.token), viewer);
      refuseByAnnouncedLength(req, document, deps.uploads.maxUploadBytes, multipart);
      claim = await deps.uploads.claim(document);
      let body: AsyncIterable<unknown>;
      let formRead: Promise<void> = Promise.resolve();
      if (multipart) {
        const form = multipartFile(req, deps.uploads.maxUploadBytes);
        body = await form.file;
        formRead = form.finished;
      } else {
        // Not destroyed on an early stop: the refusal still has to be answered on this connection.
        body = req.iterator({ destroyOnReturn: false });
      }
      const received = await deps.uploads.receive(document, body);
      try {
        await formRead;
      } catch (error) {
        await deps.uploads.discard(received);
        throw error;
      }
      const finished = await deps.uploads.finish(claim, received);
      claim = null;
      if (finished.status === 'QUARANTINED') {
        sendProblem(req, res, 422, 'FILE_QUARANTINED', { reason: finished.quarantineReason ?? '' }, { document: documentJson(finished) });
        return;
      }
      res.setHeader('cache-control', 'no-store');
      res.status(200).json({ document: documentJson(finished) });
    } catch (error) {
      if (claim) await deps.uploads.release(claim).catch((releaseError: unknown) => logger.error({ err: releaseError }, 'could not release an upload claim'));
      answerFailure(req, res, error, logger);
    }
  };
  app.put('/uploads/:token', handler(false));
  app.post('/uploads/:token', handler(true));
}

/** 413 / 400 from the announced length alone, before a byte of the body is read. */
function refuseByAnnouncedLength(req: Request, document: DocumentRow, maxBytes: number, multipart: boolean): void {
  const length = announcedLength(req);
  if (length === null) return;
  const maxMb = Math.floor(maxBytes / 1024 / 1024);
  if (multipart) {
    if (length > maxBytes + MULTIPART_OVERHEAD_BYTES) throw new UploadRefusal(413, 'PAYLOAD_TOO_LARGE', { maxMb });
    return;
  }
  if (length > maxBytes) throw new UploadRefusal(413, 'PAYLOAD_TOO_LARGE', { maxMb });
  if (length === 0) throw new UploadRefusal(400, 'EMPTY_FILE');
  if (length !== document.size) throw new UploadRefusal(400, 'SIZE_MISMATCH', { size: document.size });
}

function answerFailure(req: Request, res: Response, error: unknown, logger: Logger): void {
  // The client hung up mid-upload: nothing was kept, and there is nobody to answer.
  if (req.socket.destroyed || res.destroyed) {
    logger.info({ err: error }, 'upload aborted by the client; nothing stored');
    return;
  }
  // The rest of the body is not read: close the connection after the answer instead.
  if (!req.readableEnded) res.setHeader('connection', 'close');
  if (error instanceof UploadRefusal) {
    sendProblem(req, res, error.status, error.code, error.params);
    return;
  }
  if (error instanceof ScannerUnavailableError) {
    logger.error({ err: error }, 'virus scanner unavailable; upload refused');
    sendProblem(req, res, 503, 'SCANNER_UNAVAILABLE');
    return;
  }
  logger.error({ err: error }, 'upload failed');
  sendProblem(req, res, 500, 'INTERNAL_SERVER_ERROR');
}
