import type { Readable } from 'node:stream';

/** What a stored file is: its key in the store, its length and its SHA-256 (hex). */
export interface StoredBlob {
  key: string;
  size: number;
  sha256: string;
}

/** Inclusive byte positions, as in an HTTP Range (`bytes=start-end`). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where the bytes of uploads and issued documents live. Streams both ways, so no file is ever
 * held whole in memory. The default is PostgreSQL (postgres-blob-store.ts); another store (S3,
 * a filesystem) implements these three methods and is passed to createDocumentsServices — see
 * the README. Keys are opaque to everyone but the store.
 */
export interface BlobStore {
  /**
   * Stores the stream's bytes under a new key. If the stream fails (a refused or aborted upload),
   * whatever was written is removed and the stream's error is thrown: a failed put stores nothing.
   */
  put(source: Readable): Promise<StoredBlob>;
  /** The bytes (or a range of them); an unknown key fails. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** Idempotent: deleting an unknown key is no error. */
  delete(key: string): Promise<void>;
}
