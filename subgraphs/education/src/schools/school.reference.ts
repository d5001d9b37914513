import type { EducationContext } from '../context';
import { schoolEnrollmentLoader, schoolLoader } from '../loaders';

export const schoolReference = {
  __resolveReference(reference: { id: string }, ctx: EducationContext) {
    return schoolLoader(ctx).load(reference.id);
  },
};

/** Through `_entities` too, the SchoolEnrollment rules decide (parent or MINPROS only). */
export const schoolEnrollmentReference = {
  __resolveReference(reference: { id: string }, ctx: EducationContext) {
    return schoolEnrollmentLoader(ctx).load(reference.id);
  },
};
