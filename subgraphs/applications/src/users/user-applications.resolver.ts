import { PageArgs, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Args, ArgsType, Ctx, Field, FieldResolver, InputType, Resolver, Root } from 'type-graphql';
import { ApplicationConnection } from '../applications/application.type';
import { APPLICANT_ORDER, type ApplicationRow } from '../applications/applications.service';
import type { ApplicationsContext } from '../context';
import { ApplicationStatus } from '../shared/enums';
import { UserRef } from './user.type';

@InputType()
export class UserApplicationsFilter {
  @Field(() => [ApplicationStatus], { nullable: true, description: 'Any of these statuses (a single value is accepted too).' })
  status?: ApplicationStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the number ("2026-0001") or of the service title, in Russian or English.' })
  search?: string | null;
}

@ArgsType()
export class UserApplicationsArgs extends PageArgs {
  @Field(() => UserApplicationsFilter, { nullable: true })
  filter?: UserApplicationsFilter | null;
}

@Resolver(() => UserRef)
export class UserApplicationsResolver {
  @FieldResolver(() => ApplicationConnection, { description: '"Мои заявления": your own applications, newest first. Only the user themself.' })
  async applications(
    @Root() user: UserRef,
    @Args(() => UserApplicationsArgs) args: UserApplicationsArgs,
    @Ctx() ctx: ApplicationsContext,
  ): Promise<Connection<ApplicationRow>> {
    const window = pageWindow(args, APPLICANT_ORDER);
    const page = await ctx.services.applications.listForApplicant(user.id, args.filter ?? {}, window);
    return toConnection(page.nodes, window, page.totalCount);
  }
}
