import { ErrorCode } from '@eco/kit';
import type { RequestHandler } from 'express';
import { readFileSync } from 'node:fs';
import { viewerOf } from '../auth/identify-caller';

/**
 * off: any document runs (automatic persisted queries work as usual), and the registered ones
 *      can be sent by id alone;
 * enforce: only registered documents run for the portal's own clients; third-party API clients,
 *      who write their own operations against the public schema, are not bound by the list.
 */
export type TrustedDocumentsMode = 'off' | 'enforce';

interface ManifestOperation {
  id: string;
  name: string;
  body: string;
}

/** Registered operations by id, from an Apollo persisted-query manifest (the SDK writes one). */
export function loadTrustedDocuments(manifestPath: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { format?: string; operations?: ManifestOperation[] };
  if (manifest.format !== 'apollo-persisted-query-manifest' || !Array.isArray(manifest.operations)) {
    throw new Error(`${manifestPath} is not an Apollo persisted-query manifest`);
  }
  return new Map(manifest.operations.map((operation) => [operation.id, operation.body]));
}

type GraphQLBody = { query?: unknown; documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };

function requestedId(body: GraphQLBody): string | undefined {
  const id = body.documentId ?? body.extensions?.persistedQuery?.sha256Hash;
  return typeof id === 'string' ? id.replace(/^sha256:/, '') : undefined;
}

/** GET carries the request in the query string, with `extensions` as JSON. */
function bodyOf(req: Parameters<RequestHandler>[0]): GraphQLBody {
  if (req.method !== 'GET') return (req.body ?? {}) as GraphQLBody;
  const extensions = typeof req.query.extensions === 'string' ? (JSON.parse(req.query.extensions) as GraphQLBody['extensions']) : undefined;
  return { query: req.query.query, documentId: req.query.documentId, extensions };
}

const refuse = (res: Parameters<RequestHandler>[1], code: string, message: string) => res.status(400).json({ errors: [{ message, extensions: { code } }] });

/**
 * Resolves a registered document's id to its text before Apollo sees the request, and in
 * enforce mode refuses everything else (PERSISTED_QUERY_ID_REQUIRED, PERSISTED_QUERY_NOT_IN_LIST).
 */
export function trustedDocuments(options: { mode: TrustedDocumentsMode; documents: Map<string, string> }): RequestHandler {
  return (req, res, next) => {
    let body: GraphQLBody;
    try {
      body = bodyOf(req);
    } catch {
      return next(); // malformed extensions: Apollo answers that
    }
    const id = requestedId(body);
    const registered = id ? options.documents.get(id) : undefined;
    if (registered !== undefined) {
      if (typeof body.query === 'string' && body.query !== registered) {
        return refuse(res, ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, 'The document does not match the registered operation with this id');
      }
      if (req.method === 'GET') {
        // Apollo reads a GET request from its URL.
        const url = new URL(req.url, 'http://gateway');
        url.searchParams.set('query', registered);
        req.url = `${url.pathname}${url.search}`;
      } else (req.body as GraphQLBody).query = registered;
      return next();
    }
    if (options.mode === 'off') return next();
    // Third-party developers are not bound by the portal's list.
    if (viewerOf(res)?.clientId) return next();
    if (id) return refuse(res, ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, 'Only registered operations run here, and this id is not one of them');
    return refuse(res, ErrorCode.PERSISTED_QUERY_ID_REQUIRED, 'Only registered operations run here: send the id of a registered operation');
  };
}
