import { PageArgs, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EducationContext } from '../context';
import { KindergartenApplicationConnection } from '../queue/kindergarten-application.type';
import { PARENT_KINDERGARTEN_ORDER, type KindergartenApplicationRow } from '../queue/kindergarten-applications.service';
import { SchoolEnrollmentConnection } from '../schools/school.type';
import { PARENT_ENROLLMENTS_ORDER, type SchoolEnrollmentRow } from '../schools/school-enrollments.service';
import { UserRef } from './user.type';

@Resolver(() => UserRef)
export class UserEducationResolver {
  @FieldResolver(() => KindergartenApplicationConnection, { description: 'Your kindergarten applications, newest first. Only the user themself.' })
  async kindergartenApplications(@Root() user: UserRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: EducationContext): Promise<Connection<KindergartenApplicationRow>> {
    const window = pageWindow(args, PARENT_KINDERGARTEN_ORDER);
    const page = await ctx.services.kindergartenApplications.listForParent(user.id, window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @FieldResolver(() => SchoolEnrollmentConnection, { description: 'Your first-grade applications, newest first. Only the user themself.' })
  async schoolEnrollments(@Root() user: UserRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: EducationContext): Promise<Connection<SchoolEnrollmentRow>> {
    const window = pageWindow(args, PARENT_ENROLLMENTS_ORDER);
    const page = await ctx.services.schoolEnrollments.listForParent(user.id, window);
    return toConnection(page.nodes, window, page.totalCount);
  }
}
