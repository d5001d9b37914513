import type { AuditEntry, PrismaClient } from '../generated/prisma/client';
import { entryHash, GENESIS_HASH } from '../journal/entry-hash';
import { HEAD_ID } from '../journal/journal.service';
import { ChainBreak } from '../shared/enums';

export interface ChainVerification {
  ok: boolean;
  checkedEntries: number;
  /** Where the chain first breaks (an entry, or a missing seq). */
  firstBrokenSeq: bigint | null;
  /** The entry at firstBrokenSeq, when there is one (not for a deleted entry). */
  firstBrokenEntry: AuditEntry | null;
  reason: ChainBreak | null;
  /** The head as stored: record it elsewhere to notice a rewrite of the whole chain later. */
  headSeq: bigint;
  headHash: string;
}

const BATCH = 500;

/**
 * Recomputes the chain in seq order: each entry must follow the previous seq, link to the
 * previous entry's hash and hash to its own stored hash; the last one must be the head. The
 * first entry failing any of it is reported (edited, deleted, reordered or injected rows).
 */
export class ChainVerifierService {
  constructor(private readonly prisma: PrismaClient) {}

  async verify(range: { fromSeq?: bigint | null; toSeq?: bigint | null } = {}): Promise<ChainVerification> {
    const head = (await this.prisma.chainHead.findUnique({ where: { id: HEAD_ID } })) ?? { seq: 0n, hash: GENESIS_HASH };
    const start = range.fromSeq ?? 1n;
    const toEnd = range.toSeq === null || range.toSeq === undefined;
    const end = toEnd ? head.seq : (range.toSeq as bigint);
    let checked = 0;
    const verdict = (reason: ChainBreak | null, seq: bigint | null, entry: AuditEntry | null = null): ChainVerification => ({
      ok: reason === null,
      checkedEntries: checked,
      firstBrokenSeq: seq,
      firstBrokenEntry: entry,
      reason,
      headSeq: head.seq,
      headHash: head.hash,
    });

    // The link into the range: genesis, or the stored hash of the entry before it.
    let expectedPrev = GENESIS_HASH;
    if (start > 1n) {
      const before = await this.prisma.auditEntry.findUnique({ where: { seq: start - 1n }, select: { hash: true } });
      // Past the head there is no chain to check (rows there are reported by a check to the end).
      if (!before) return start - 1n <= head.seq ? verdict(ChainBreak.ENTRY_MISSING, start - 1n) : verdict(null, null);
      expectedPrev = before.hash;
    }

    let expectedSeq = start;
    while (expectedSeq <= end) {
      const rows = await this.prisma.auditEntry.findMany({ where: { seq: { gte: expectedSeq, lte: end } }, orderBy: { seq: 'asc' }, take: BATCH });
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.seq !== expectedSeq) return verdict(ChainBreak.ENTRY_MISSING, expectedSeq);
        if (row.prevHash !== expectedPrev) return verdict(ChainBreak.PREV_HASH_MISMATCH, row.seq, row);
        if (entryHash(row.prevHash, row) !== row.hash) return verdict(ChainBreak.HASH_MISMATCH, row.seq, row);
        checked += 1;
        expectedPrev = row.hash;
        expectedSeq += 1n;
      }
    }
    if (expectedSeq <= end) {
      // Entries the head (or the asked range) says exist are gone; at the end of the chain
      // that is a deleted tail.
      return verdict(toEnd || expectedSeq > head.seq ? ChainBreak.HEAD_MISMATCH : ChainBreak.ENTRY_MISSING, expectedSeq);
    }
    if (toEnd) {
      if (start <= head.seq && expectedPrev !== head.hash) return verdict(ChainBreak.HEAD_MISMATCH, head.seq);
      // Rows past the head were not appended by the journal. The journal goes on appending
      // while this runs, so the head is read again, in the same snapshot as the rows past it.
      const injected = await this.prisma.$transaction(
        async (tx) => {
          const current = (await tx.chainHead.findUnique({ where: { id: HEAD_ID } })) ?? head;
          return tx.auditEntry.findFirst({ where: { seq: { gt: current.seq } }, orderBy: { seq: 'asc' } });
        },
        { isolationLevel: 'RepeatableRead' },
      );
      if (injected) return verdict(ChainBreak.HEAD_MISMATCH, injected.seq, injected);
    }
    return verdict(null, null);
  }
}
