import type { applicationStatusChanged, PayloadOf } from '@eco/kit';
import type { ServiceFeeClient } from '../clients/catalog-client';
import type { InvoicesService } from '../invoices/invoices.service';

/** Statuses after which an unpaid fee is no longer owed. */
const FEE_VOID_STATUSES: ReadonlySet<string> = new Set(['WITHDRAWN', 'REJECTED']);

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

  async handle(change: PayloadOf<typeof applicationStatusChanged>): Promise<void> {
    if (FEE_VOID_STATUSES.has(change.to)) {
      await this.invoices.cancelStateFee(change.applicationId);
      return;
    }
    if (change.from !== null) return;
    const fee = await this.catalog.feeOf(change.serviceId);
    if (!fee || fee.feeKopecks <= 0) return;
    await this.invoices.createStateFee({
      applicationId: change.applicationId,
      applicantId: change.applicantId,
      feeKopecks: fee.feeKopecks,
      titleRu: fee.titleRu,
      titleEn: fee.titleEn,
      sandbox: change.sandbox,
    });
  }
}
