import { ErrorCode } from '@eco/kit';
import type { RequestHandler } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';

/** True when the document has more than `maxTokens` lexical tokens; lexing stops at the limit. */
export function exceedsTokenLimit(document: string, maxTokens: number): boolean {
  const lexer = new Lexer(new Source(document));
  try {
    let count = 0;
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) if (++count > maxTokens) return true;
  } catch {
    // A syntax error is the parser's to report, with its location.
  }
  return false;
}

/**
 * Runs before Apollo parses anything: a huge document is refused after lexing up to the limit,
 * without building its syntax tree (Apollo's plugins see the document only once it is parsed).
 */
export function rejectOverlongDocuments(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const query = (req.method === 'GET' ? req.query?.query : (req.body as { query?: unknown } | undefined)?.query) as unknown;
    if (typeof query !== 'string' || !exceedsTokenLimit(query, maxTokens)) return next();
    res.status(400).json({
      errors: [{ message: `Token limit of ${maxTokens} exceeded.`, extensions: { code: ErrorCode.TOKEN_LIMIT_EXCEEDED, limit: { name: 'tokens', maximum: maxTokens } } }],
    });
  };
}
