import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import rangeParser from 'range-parser';
import { pipeline } from 'node:stream/promises';
import { sendProblem } from '../shared/http-problems';
import type { BlobStore, ByteRange } from '../storage/blob-store';

export interface StoredFile {
  blobKey: string;
  size: number;
  sha256: string;
  contentType: string;
  fileName: string;
}

/** Whether an If-None-Match header names this ETag (or `*`); weak and strong compare alike here. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/**
 * Streams a stored file as a download: its detected type, `attachment` with the name (RFC 5987
 * filename* for Cyrillic), its length, the SHA-256 as ETag (304 for If-None-Match), one byte
 * range (206; 416 outside the file; several ranges get the whole file, as RFC 9110 allows).
 * `beforeBody` runs once it is certain bytes will be sent (the audit record of a read), and a
 * failure there sends nothing.
 */
export async function sendStoredFile(req: Request, res: Response, file: StoredFile, blobs: BlobStore, beforeBody: () => Promise<void>): Promise<void> {
  const etag = `"${file.sha256}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Accept-Ranges', 'bytes');
  // Personal files: never in a shared cache; the browser may keep them but must revalidate.
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Shown by mistake as a page, a file still runs nothing.
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', contentDisposition(file.fileName));
  if (matchesEtag(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  let range: ByteRange | null = null;
  const ifRange = req.headers['if-range'];
  if (req.headers.range && (!ifRange || ifRange === etag)) {
    const ranges = rangeParser(file.size, req.headers.range, { combine: true });
    if (ranges === -1) {
      res.setHeader('Content-Range', `bytes */${file.size}`);
      res.removeHeader('Content-Disposition');
      sendProblem(req, res, 416, 'RANGE_NOT_SATISFIABLE');
      return;
    }
    if (ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1) range = { start: ranges[0].start, end: ranges[0].end };
  }
  if (req.method === 'HEAD') {
    res.setHeader('Content-Length', String(range ? range.end - range.start + 1 : file.size));
    res.status(range ? 206 : 200).end();
    return;
  }
  await beforeBody();
  const body = await blobs.get(file.blobKey, range ?? undefined);
  if (range) {
    res.status(206);
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
    res.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    res.status(200);
    res.setHeader('Content-Length', String(file.size));
  }
  await pipeline(body, res);
}
