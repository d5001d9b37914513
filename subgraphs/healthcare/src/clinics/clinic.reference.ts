import type { HealthcareContext } from '../context';
import { clinicLoader } from '../loaders';

export const clinicReference = {
  __resolveReference(reference: { id: string }, ctx: HealthcareContext) {
    return clinicLoader(ctx).load(reference.id);
  },
};
