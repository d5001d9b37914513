import type { SubgraphContext } from '@eco/kit';
import type { EducationServices } from './services';

export type EducationContext = SubgraphContext<EducationServices>;
