import { ANONYMOUS, type Logger, type Viewer } from '@eco/kit';
import type { RequestHandler, Response } from 'express';
import type { CostBudgets } from './cost-budget';
import { callerOf, rateLimitHeaders } from './use-cost-limit';

type Json = Response['json'];

/**
 * Answers refused before GraphQL runs (a bad token, a body that is not JSON, a document over the
 * token limit, a field outside the public contract) carry the caller's RateLimit fields too, as
 * the GraphQL answers do: a client reads its budget from every answer. Such a refusal costs
 * nothing, so the level is only looked at. The refusing middlewares answer with `res.json`, which
 * is held here until the level is known; `handOverToGraphQL` gives it back before Apollo answers.
 */
export function rateLimitHeadersOnRefusals(budgets: CostBudgets, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const json: Json = res.json.bind(res);
    res.locals.sendJson = json;
    res.json = ((body: unknown) => {
      const viewer = (res.locals.viewer as Viewer | undefined) ?? ANONYMOUS;
      budgets
        .giveBack(callerOf({ viewer, clientAddress: req.socket.remoteAddress }), 0)
        .then(
          (level) => {
            for (const [name, value] of rateLimitHeaders(level)) res.setHeader(name, value);
          },
          (error: unknown) => logger.warn({ err: error }, 'cost budget store unavailable: refusal sent without RateLimit fields'),
        )
        .finally(() => json(body));
      return res;
    }) as Json;
    next();
  };
}

/** From here on Apollo answers, and sets the RateLimit fields itself. */
export const handOverToGraphQL: RequestHandler = (_req, res, next) => {
  res.json = res.locals.sendJson as Json;
  next();
};
