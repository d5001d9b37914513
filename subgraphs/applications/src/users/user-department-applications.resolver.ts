import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { departmentApplicationsLoader } from '../applications/application.loader';
import { ApplicationType } from '../applications/application.type';
import type { ApplicationRow } from '../applications/applications.service';
import type { ApplicationsContext } from '../context';
import { UserRef } from './user.type';

@Resolver(() => UserRef)
export class UserDepartmentApplicationsResolver {
  @FieldResolver(() => [ApplicationType], {
    description:
      "This person's applications in the signed-in employee's department, newest first (at most 50). Employees only: identity asks it, with the employee's token, before it shows them the person's name and contact.",
  })
  async departmentApplications(@Root() user: UserRef, @Ctx() ctx: ApplicationsContext): Promise<ApplicationRow[]> {
    return (await departmentApplicationsLoader(ctx).load(user.id)) ?? [];
  }
}
