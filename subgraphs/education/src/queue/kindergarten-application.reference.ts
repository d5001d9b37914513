import type { EducationContext } from '../context';
import { kindergartenApplicationLoader } from '../loaders';

/** Through `_entities` too, the KindergartenApplication rules decide (parent or MINPROS only). */
export const kindergartenApplicationReference = {
  __resolveReference(reference: { id: string }, ctx: EducationContext) {
    return kindergartenApplicationLoader(ctx).load(reference.id);
  },
};
