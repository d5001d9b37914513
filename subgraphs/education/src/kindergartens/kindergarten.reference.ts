import type { EducationContext } from '../context';
import { kindergartenGroupLoader, kindergartenLoader } from '../loaders';

export const kindergartenReference = {
  __resolveReference(reference: { id: string }, ctx: EducationContext) {
    return kindergartenLoader(ctx).load(reference.id);
  },
};

export const kindergartenGroupReference = {
  __resolveReference(reference: { id: string }, ctx: EducationContext) {
    return kindergartenGroupLoader(ctx).load(reference.id);
  },
};
