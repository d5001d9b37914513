import type { SubgraphContext } from '@eco/kit';
import type { PaymentsServices } from './services';

export type PaymentsContext = SubgraphContext<PaymentsServices>;
