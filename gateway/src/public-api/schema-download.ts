import type { RequestHandler } from 'express';
import { introspectionFromSchema, printSchema, type GraphQLSchema } from 'graphql';
import { createHash } from 'node:crypto';

/** Where API clients download the public contract (the same schema their requests are validated against). */
export const SCHEMA_DOWNLOAD_PATHS = { sdl: '/schema/public.graphql', introspection: '/schema/public.json' } as const;

export interface SchemaDownloadOptions {
  /** The public contract the gateway loaded (loadPublicSchemaBeside); null: nothing is served (404). */
  publicSchema: GraphQLSchema | null;
  /** Browsers and codegen tools may cache it this long; a recomposed gateway changes the ETag. */
  maxAgeSeconds?: number;
}

export const DEFAULT_SCHEMA_MAX_AGE_SECONDS = 300;

interface Download {
  body: string;
  contentType: string;
  etag: string;
}

const download = (body: string, contentType: string): Download => ({
  body,
  contentType,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
});

/**
 * `GET /schema/public.graphql` (SDL) and `GET /schema/public.json` (the introspection result,
 * `{ "data": { "__schema": … } }`, as codegen tools read it): computed once, with an ETag.
 * Anonymous, like the contract itself (docs/api-clients.md); other paths and methods pass on.
 */
export function schemaDownload(options: SchemaDownloadOptions): RequestHandler {
  const { publicSchema } = options;
  const files = new Map<string, Download>();
  if (publicSchema) {
    files.set(SCHEMA_DOWNLOAD_PATHS.sdl, download(`${printSchema(publicSchema)}\n`, 'text/plain; charset=utf-8'));
    files.set(
      SCHEMA_DOWNLOAD_PATHS.introspection,
      download(`${JSON.stringify({ data: introspectionFromSchema(publicSchema, { descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }) }, null, 2)}\n`, 'application/json; charset=utf-8'),
    );
  }
  const cacheControl = `public, max-age=${options.maxAgeSeconds ?? DEFAULT_SCHEMA_MAX_AGE_SECONDS}`;
  return (req, res, next) => {
    const file = files.get(req.path);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res.set({ 'Content-Type': file.contentType, 'Cache-Control': cacheControl, ETag: file.etag, 'Access-Control-Allow-Origin': '*' });
    if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === file.etag)) {
      res.status(304).end();
      return;
    }
    res.status(200).send(file.body);
  };
}
