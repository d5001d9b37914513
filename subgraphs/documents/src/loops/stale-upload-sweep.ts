import type { DocumentsService } from '../documents/documents.service';

/** Unattached uploads live 24 h; looking once an hour removes them at most an hour late. */
export const SWEEP_INTERVAL_MS = 60 * 60_000;

/** A half-written blob (a process stopped mid-upload) is an hour old at the earliest when removed. */
export const INCOMPLETE_BLOB_TTL_MS = 60 * 60_000;

export interface SweepTargets {
  documents: Pick<DocumentsService, 'sweepStale'>;
  /** Present when the store can list what it holds (the PostgreSQL store can). */
  incompleteBlobs?: { deleteIncompleteBefore(cutoff: Date): Promise<number> };
  now: () => Date;
}

/** One pass: stale uploads with their bytes, then half-written blobs. Returns how much went. */
export async function sweepOnce(targets: SweepTargets): Promise<number> {
  const uploads = await targets.documents.sweepStale();
  const blobs = (await targets.incompleteBlobs?.deleteIncompleteBefore(new Date(targets.now().getTime() - INCOMPLETE_BLOB_TTL_MS))) ?? 0;
  return uploads + blobs;
}
