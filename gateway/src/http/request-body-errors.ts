import { ErrorCode, type Logger } from '@eco/kit';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';

interface TransportError {
  type?: string;
  status?: number;
  statusCode?: number;
  limit?: number;
  charset?: string;
  encoding?: string;
}

/** Body-parser's refusals by type: what the client reads (never the parser's own message). */
const REFUSALS: Record<string, { status: number; code: string; message: (e: TransportError) => string }> = {
  'entity.too.large': { status: 413, code: ErrorCode.PAYLOAD_TOO_LARGE, message: (e) => `The request body is larger than the limit of ${e.limit} bytes` },
  'entity.parse.failed': { status: 400, code: ErrorCode.BAD_REQUEST, message: () => 'The request body is not valid JSON' },
  'encoding.unsupported': { status: 415, code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: (e) => `Content-Encoding "${e.encoding}" is not supported: use gzip, deflate, br or none` },
  'charset.unsupported': { status: 415, code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: (e) => `Charset "${e.charset}" is not supported: use utf-8` },
  'request.aborted': { status: 400, code: ErrorCode.BAD_REQUEST, message: () => 'The request body ended before it was complete' },
  'request.size.invalid': { status: 400, code: ErrorCode.BAD_REQUEST, message: () => 'The request body is not as long as Content-Length says' },
};

export function sendTransportError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Every transport-level refusal is JSON with a code, never Express's HTML page with a stack
 * (a body that claims gzip and is not, a charset we do not read, a body cut short…).
 */
export function requestBodyErrors(logger: Logger): ErrorRequestHandler {
  return (error: TransportError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const refusal = error.type ? REFUSALS[error.type] : undefined;
    if (refusal) return sendTransportError(res, refusal.status, refusal.code, refusal.message(error));
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Decompression failures and the like: the parser's message names Node internals.
      return sendTransportError(res, status, ErrorCode.BAD_REQUEST, 'The request body could not be read: check its Content-Encoding and Content-Length');
    }
    logger.error({ err: error }, 'unexpected transport error');
    return sendTransportError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
}

/** Paths the gateway does not serve answer JSON too. */
export const unknownRoute: RequestHandler = (_req, res) => {
  sendTransportError(res, 404, ErrorCode.NOT_FOUND, 'Nothing is served at this address');
};
