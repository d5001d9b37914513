import { pageWindow, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ChildRef } from '../children/child.type';
import type { EducationContext } from '../context';
import { schoolEnrollmentLoader, schoolLoader } from '../loaders';
import { userErrorsFor, type Outcome } from '../shared/problems';
import { UserRef } from '../users/user.type';
import { ApplyForSchoolEnrollmentInput, DecideSchoolEnrollmentInput, SchoolEnrollmentQueueArgs, SchoolsArgs } from './school.input';
import { SchoolEnrollmentPayload } from './school.payload';
import { SchoolConnection, SchoolEnrollmentConnection, SchoolEnrollmentObject, SchoolObject } from './school.type';
import { SCHOOL_ENROLLMENTS_ORDER, type SchoolEnrollmentRow } from './school-enrollments.service';
import { SCHOOLS_ORDER, schoolFreePlaces, type SchoolRow } from './schools.service';

function payload(outcome: Outcome<SchoolEnrollmentRow>, ctx: EducationContext): SchoolEnrollmentPayload {
  if (!outcome.ok) return { enrollment: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  schoolEnrollmentLoader(ctx).clear(outcome.value.id).prime(outcome.value.id, outcome.value);
  return { enrollment: outcome.value, userErrors: [] };
}

@Resolver(() => SchoolObject)
export class SchoolResolver {
  @Directive('@tag(name: "public")')
  @Query(() => SchoolConnection, { description: 'Schools by region, district, or the address their territory covers; no sign-in needed.' })
  async schools(@Args(() => SchoolsArgs) args: SchoolsArgs, @Ctx() ctx: EducationContext): Promise<Connection<SchoolRow>> {
    const window = pageWindow(args, SCHOOLS_ORDER);
    const page = await ctx.services.schools.search(args.filter ?? {}, window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @Directive('@tag(name: "public")')
  @Query(() => SchoolObject, { nullable: true })
  school(@Arg('id', () => ID) id: string, @Ctx() ctx: EducationContext): Promise<SchoolRow | null> {
    return schoolLoader(ctx).load(id);
  }

  @FieldResolver(() => Int, { description: 'First-grade places not yet taken by enrolled children.' })
  freePlaces(@Root() school: SchoolRow): number {
    return schoolFreePlaces(school);
  }
}

@Resolver(() => SchoolEnrollmentObject)
export class SchoolEnrollmentResolver {
  @Query(() => SchoolEnrollmentObject, { nullable: true, description: 'A first-grade application: for its parent or a MINPROS employee.' })
  schoolEnrollment(@Arg('id', () => ID) id: string, @Ctx() ctx: EducationContext): Promise<SchoolEnrollmentRow | null> {
    return schoolEnrollmentLoader(ctx).load(id);
  }

  @Query(() => SchoolEnrollmentConnection, { description: "A school's first-grade applications (priority rights, territory, others; oldest first). MINPROS employees only." })
  async schoolEnrollmentQueue(@Args(() => SchoolEnrollmentQueueArgs) args: SchoolEnrollmentQueueArgs, @Ctx() ctx: EducationContext): Promise<Connection<SchoolEnrollmentRow>> {
    const window = pageWindow(args, SCHOOL_ENROLLMENTS_ORDER);
    const page = await ctx.services.schoolEnrollments.forSchool(args.schoolId, args.status, window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @Mutation(() => SchoolEnrollmentPayload, {
    description:
      'Applies for first grade: 1 April – 30 June with a priority right or an address on the school’s territory, 6 July – 5 September for everyone (Moscow time).',
  })
  async applyForSchoolEnrollment(@Arg('input') input: ApplyForSchoolEnrollmentInput, @Ctx() ctx: EducationContext): Promise<SchoolEnrollmentPayload> {
    return payload(await ctx.services.schoolEnrollments.apply(ctx.viewer.userId as string, ctx.viewer.token, input, ctx.requestId), ctx);
  }

  @Mutation(() => SchoolEnrollmentPayload, { description: 'A MINPROS employee enrolls (while places remain) or refuses a first-grade application.' })
  async decideSchoolEnrollment(@Arg('input') input: DecideSchoolEnrollmentInput, @Ctx() ctx: EducationContext): Promise<SchoolEnrollmentPayload> {
    return payload(await ctx.services.schoolEnrollments.decide(ctx.viewer.userId as string, input), ctx);
  }

  @FieldResolver(() => ChildRef, { description: "The child (identity's Child: its fields are for the parent only)." })
  child(@Root() enrollment: SchoolEnrollmentRow): ChildRef {
    return { id: enrollment.childId };
  }

  @FieldResolver(() => UserRef, { description: 'The parent who filed it.' })
  parent(@Root() enrollment: SchoolEnrollmentRow): UserRef {
    return { id: enrollment.parentId };
  }

  @FieldResolver(() => SchoolObject)
  async school(@Root() enrollment: SchoolEnrollmentRow, @Ctx() ctx: EducationContext): Promise<SchoolRow> {
    const school = await schoolLoader(ctx).load(enrollment.schoolId);
    if (!school) throw new Error(`School ${enrollment.schoolId} is missing`);
    return school;
  }
}
