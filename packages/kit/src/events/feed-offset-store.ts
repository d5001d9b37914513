import type { FeedOffsets } from './feed-consumer';

/**
 * The `FeedOffset` table every consuming subgraph declares in its own schema
 * (`consumer String @id`, `seq BigInt`); a Prisma delegate (`prisma.feedOffset`) fits it.
 */
export interface FeedOffsetTable {
  findUnique(args: { where: { consumer: string } }): PromiseLike<{ seq: bigint } | null>;
  upsert(args: { where: { consumer: string }; create: { consumer: string; seq: bigint }; update: { seq: bigint } }): PromiseLike<unknown>;
}

/** Each durable consumer's position in its producer's feed, kept in the consumer's own schema. */
export class FeedOffsetStore {
  constructor(private readonly table: FeedOffsetTable) {}

  for(consumer: string): FeedOffsets {
    return {
      load: async () => (await this.table.findUnique({ where: { consumer } }))?.seq ?? 0n,
      save: async (seq) => {
        await this.table.upsert({ where: { consumer }, create: { consumer, seq }, update: { seq } });
      },
    };
  }
}
