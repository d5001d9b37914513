import type { FeedEvent } from '@eco/kit';
import type { ServiceFeeClient } from '../clients/catalog-client';
import type { InvoicesService } from '../invoices/invoices.service';

export const APPLICATION_STATUS_CHANGED = 'application.status_changed';

interface StatusChangedPayload {
  applicationId: string;
  serviceId: string;
  applicantId: string;
  from: string | null;
  to: string;
  /** Filed by a sandbox (test) citizen. */
  sandbox?: boolean;
}

/** Statuses after which an unpaid fee is no longer owed. */
const FEE_VOID_STATUSES = new Set(['WITHDRAWN', 'REJECTED']);

/**
 * A new submission (status change from null) of a service with a fee gets a STATE_FEE invoice
 * for its applicant; a withdrawal or rejection cancels it while unpaid. Idempotent: the invoice's
 * origin key is the application, so a redelivered (or duplicated) event creates nothing new,
 * and cancelling touches only UNPAID invoices.
 */
export class StateFeeHandler {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly catalog: ServiceFeeClient,
  ) {}

  async handle(event: FeedEvent): Promise<void> {
    if (event.type !== APPLICATION_STATUS_CHANGED) return;
    const payload = event.payload as unknown as StatusChangedPayload;
    if (!payload.applicationId || !payload.applicantId) return;
    if (FEE_VOID_STATUSES.has(payload.to)) {
      await this.invoices.cancelStateFee(payload.applicationId);
      return;
    }
    if (payload.from !== null) return;
    const fee = await this.catalog.feeOf(payload.serviceId);
    if (!fee || fee.feeKopecks <= 0) return;
    await this.invoices.createStateFee({
      applicationId: payload.applicationId,
      applicantId: payload.applicantId,
      feeKopecks: fee.feeKopecks,
      titleRu: fee.titleRu,
      titleEn: fee.titleEn,
      sandbox: payload.sandbox === true,
    });
  }
}
