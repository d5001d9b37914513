import type { Readable } from 'node:stream';

/** What a scanner says about one file. */
export type ScanVerdict = { infected: false } | { infected: true; signature: string };

/**
 * Scans a file as it streams in. `scan` must read the stream to its end (the upload waits on it)
 * and throws ScannerUnavailableError when it cannot give a verdict: the upload is then refused,
 * never stored unscanned.
 */
export interface VirusScanner {
  readonly name: string;
  scan(source: Readable): Promise<ScanVerdict>;
}

export class ScannerUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ScannerUnavailableError';
  }
}
