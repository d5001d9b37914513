import type { ErrorRequestHandler } from 'express';

/** The body parser's refusals, answered as GraphQL errors instead of Express's HTML pages. */
export const requestBodyErrors: ErrorRequestHandler = (error: { type?: string; limit?: number }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: `The request body is larger than the limit of ${error.limit} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  if (error.type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(error);
};
