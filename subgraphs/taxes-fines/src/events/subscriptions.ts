import { on, paymentCaptured, type EventSubscription, type Logger } from '@eco/kit';
import type { TaxesFinesServices } from '../services';

/** The other subgraphs' events taxes-fines reacts to: fines and taxes paid (payments). */
export function taxesFinesSubscriptions(services: TaxesFinesServices, logger: Logger): EventSubscription[] {
  return [on(paymentCaptured, (payment, event) => services.payments.handle(payment, event, logger))];
}
