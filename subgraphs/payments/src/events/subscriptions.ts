import { applicationStatusChanged, on, type EventSubscription, type Logger } from '@eco/kit';
import type { PaymentsServices } from '../services';

/** The other subgraphs' events payments reacts to: applications filed, withdrawn or rejected (state fees). */
export function paymentsSubscriptions(services: PaymentsServices, _logger: Logger): EventSubscription[] {
  return [on(applicationStatusChanged, (change) => services.stateFees.handle(change))];
}
