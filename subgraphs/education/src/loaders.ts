import type { EducationContext } from './context';
import type { KindergartenGroupRow, KindergartenRow } from './kindergartens/kindergartens.service';
import type { KindergartenApplicationRow, PreferenceRow, QueuePosition } from './queue/kindergarten-applications.service';
import type { SchoolEnrollmentRow } from './schools/school-enrollments.service';
import type { SchoolRow } from './schools/schools.service';

/** The request's entity loaders: queries, rules, field resolvers and `__resolveReference` share them. */
export const kindergartenLoader = (ctx: EducationContext) =>
  ctx.loaders.get<string, KindergartenRow>('Kindergarten.byId', (ids) => ctx.services.kindergartens.byIds(ids));
export const kindergartenGroupLoader = (ctx: EducationContext) =>
  ctx.loaders.get<string, KindergartenGroupRow>('KindergartenGroup.byId', (ids) => ctx.services.kindergartens.groupsByIds(ids));
export const kindergartenGroupsLoader = (ctx: EducationContext) =>
  ctx.loaders.get<string, KindergartenGroupRow[]>('KindergartenGroup.byKindergartenId', (ids) => ctx.services.kindergartens.groupsByKindergartenIds(ids));
export const kindergartenApplicationLoader = (ctx: EducationContext) =>
  ctx.loaders.get<string, KindergartenApplicationRow>('KindergartenApplication.byId', (ids) => ctx.services.kindergartenApplications.byIds(ids));
export const preferencesLoader = (ctx: EducationContext) =>
  ctx.loaders.get<string, PreferenceRow[]>('KindergartenPreference.byApplicationId', (ids) => ctx.services.kindergartenApplications.preferencesByApplicationIds(ids));
/** One SQL statement (ROW_NUMBER over the groups' queues) for every application of the request. */
export const queuePositionsLoader = (ctx: EducationContext) =>
  ctx.loaders.get<string, QueuePosition[]>('KindergartenQueuePosition.byApplicationId', (ids) => ctx.services.kindergartenApplications.positionsByApplicationIds(ids));
export const schoolLoader = (ctx: EducationContext) => ctx.loaders.get<string, SchoolRow>('School.byId', (ids) => ctx.services.schools.byIds(ids));
export const schoolEnrollmentLoader = (ctx: EducationContext) =>
  ctx.loaders.get<string, SchoolEnrollmentRow>('SchoolEnrollment.byId', (ids) => ctx.services.schoolEnrollments.byIds(ids));

/** After a mutation, later reads in the same request must see the new state (places and positions too). */
export function primeKindergartenApplication(ctx: EducationContext, row: KindergartenApplicationRow): KindergartenApplicationRow {
  kindergartenApplicationLoader(ctx).clear(row.id).prime(row.id, row);
  queuePositionsLoader(ctx).clear(row.id);
  if (row.offeredGroupId) kindergartenGroupLoader(ctx).clear(row.offeredGroupId);
  return row;
}
