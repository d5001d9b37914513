import type { FeedOffsets } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';

/** Each durable consumer's position in its producer's feed, kept in this subgraph's own schema. */
export class FeedOffsetStore {
  constructor(private readonly prisma: PrismaClient) {}

  for(consumer: string): FeedOffsets {
    return {
      load: async () => (await this.prisma.feedOffset.findUnique({ where: { consumer } }))?.seq ?? 0n,
      save: async (seq) => {
        await this.prisma.feedOffset.upsert({ where: { consumer }, create: { consumer, seq }, update: { seq } });
      },
    };
  }
}
