import type { SubgraphContext } from '@eco/kit';
import type { HealthcareServices } from './services';

export type HealthcareContext = SubgraphContext<HealthcareServices>;
