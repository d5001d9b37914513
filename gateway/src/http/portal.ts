import type { Logger } from '@eco/kit';
import express, { type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The built portal (clients/web: `npm run build` writes it). */
export const DEFAULT_PORTAL_DIR = path.resolve(__dirname, '../../../clients/web/dist');

/**
 * What the page may load: only this origin (scripts, styles, the API, graphql-ws), images also as
 * blob:/data: (previews of uploads); no inline scripts, no frames of it elsewhere.
 */
const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The portal on the gateway's origin, so page, API, uploads and downloads share one host (no CORS,
 * the session cookie stays first-party). Built assets (hashed names) are cached for a year; a
 * browser's navigation to any other path is a page of the app: index.html, which routes in the browser.
 */
export function portal(options: { dir?: string; logger: Logger }): RequestHandler {
  const dir = options.dir ?? DEFAULT_PORTAL_DIR;
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) {
    options.logger.warn({ dir }, 'portal not built (npm run build): only the API is served');
    return (_req, _res, next) => next();
  }
  const files = express.static(dir, {
    index: false,
    setHeaders: (res, file) => {
      res.setHeader('x-content-type-options', 'nosniff');
      if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      else res.setHeader('cache-control', 'no-cache');
    },
  });
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    files(req, res, () => {
      // Only a browser's navigation to a page of the app: it asks for text/html by name, and app
      // routes have no file extension (/schema/supergraph.graphql stays a 404, as an API client expects).
      if (!/\btext\/html\b/.test(req.headers.accept ?? '') || path.extname(req.path) !== '' || req.path.startsWith('/graphql')) return next();
      res.setHeader('content-security-policy', PORTAL_CSP);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'same-origin');
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(index);
    });
  };
}
