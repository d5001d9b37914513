import { on, paymentCaptured, type EventSubscription, type Logger } from '@eco/kit';
import type { ApplicationsServices } from '../services';

/** The other subgraphs' events applications reacts to: a state fee paid (payments). */
export function applicationsSubscriptions(services: ApplicationsServices, logger: Logger): EventSubscription[] {
  return [
    on(paymentCaptured, async (payment, event) => {
      const outcome = await services.stateFeePayments.handle(payment, event);
      if (outcome.status === 'applied') logger.info({ eventId: event.id, applicationsPaid: outcome.applicationsPaid }, 'state fee paid');
      return outcome;
    }),
  ];
}
