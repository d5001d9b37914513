import { feedUrlOf, startFeedConsumer, type FeedConsumer, type FeedEvent, type FeedOffsets, type Logger } from '@eco/kit';
import type { ServiceFeeClient } from '../clients/catalog-client';
import type { PrismaClient } from '../generated/prisma/client';
import type { InvoicesService } from '../invoices/invoices.service';

export const APPLICATION_STATUS_CHANGED = 'application.status_changed';
export const STATE_FEE_CONSUMER = 'payments<-applications';

interface StatusChangedPayload {
  applicationId: string;
  serviceId: string;
  applicantId: string;
  from: string | null;
}

/**
 * A new submission (status change from null) of a service with a fee gets a STATE_FEE invoice
 * for its applicant. Idempotent: the invoice's origin key is the application, so a redelivered
 * (or duplicated) event creates nothing new.
 */
export class StateFeeHandler {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly catalog: ServiceFeeClient,
  ) {}

  async handle(event: FeedEvent): Promise<void> {
    if (event.type !== APPLICATION_STATUS_CHANGED) return;
    const payload = event.payload as unknown as StatusChangedPayload;
    if (payload.from !== null || !payload.applicationId || !payload.applicantId) return;
    const fee = await this.catalog.feeOf(payload.serviceId);
    if (!fee || fee.feeKopecks <= 0) return;
    await this.invoices.createStateFee({
      applicationId: payload.applicationId,
      applicantId: payload.applicantId,
      feeKopecks: fee.feeKopecks,
      titleRu: fee.titleRu,
      titleEn: fee.titleEn,
    });
  }
}

/** Each consumer's position in its producer's feed, in payments' own schema. */
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

export function startStateFeeConsumer(options: {
  applicationsUrl: string;
  token: string;
  offsets: FeedOffsetStore;
  handler: StateFeeHandler;
  logger: Logger;
  pollIntervalMs?: number;
}): FeedConsumer {
  return startFeedConsumer({
    name: STATE_FEE_CONSUMER,
    feedUrl: feedUrlOf(options.applicationsUrl),
    token: options.token,
    offsets: options.offsets.for(STATE_FEE_CONSUMER),
    handle: (event) => options.handler.handle(event),
    logger: options.logger,
    pollIntervalMs: options.pollIntervalMs,
  });
}
