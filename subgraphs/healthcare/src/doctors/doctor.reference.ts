import type { HealthcareContext } from '../context';
import { doctorLoader } from '../loaders';

export const doctorReference = {
  __resolveReference(reference: { id: string }, ctx: HealthcareContext) {
    return doctorLoader(ctx).load(reference.id);
  },
};
