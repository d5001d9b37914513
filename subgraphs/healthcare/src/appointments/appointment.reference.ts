/** Other subgraphs and the gateway read appointments through `_entities`; every field obeys the Appointment rules. */
import type { HealthcareContext } from '../context';
import { appointmentLoader } from '../loaders';

export const appointmentReference = {
  __resolveReference(reference: { id: string }, ctx: HealthcareContext) {
    return appointmentLoader(ctx).load(reference.id);
  },
};
