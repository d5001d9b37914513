import type { HealthcareContext } from '../context';
import { slotLoader } from '../loaders';

export const slotReference = {
  __resolveReference(reference: { id: string }, ctx: HealthcareContext) {
    return slotLoader(ctx).load(reference.id);
  },
};
