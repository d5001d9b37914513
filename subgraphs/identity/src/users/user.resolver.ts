import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { calendarDateString } from '../calendar';
import type { IdentityContext } from '../context';
import { userErrorsFor } from '../messages';
import { DepartmentRef } from './department-ref.type';
import { asCallersOwn } from './owner-view';
import { RegisterInput } from './register.input';
import { RegisterPayload } from './register.payload';
import { userLoader } from './user.loader';
import { User } from './user.type';
import type { UserRecord } from './users.service';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user.' })
  me(@Ctx() ctx: IdentityContext): Promise<UserRecord | null> {
    // The permission rule has already refused anonymous callers.
    return userLoader(ctx).load(ctx.viewer.userId as string);
  }

  @Query(() => User, { nullable: true, description: 'Any user by id (administrators only); null if there is no such user.' })
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<UserRecord | null> {
    return userLoader(ctx).load(id);
  }

  @Mutation(() => RegisterPayload, { description: 'Creates a citizen account.' })
  async register(@Arg('input') input: RegisterInput, @Ctx() ctx: IdentityContext): Promise<RegisterPayload> {
    const outcome = await ctx.services.users.register({ ...input, birthDate: calendarDateString(input.birthDate) }, ctx.locale);
    return outcome.ok
      ? { user: asCallersOwn(outcome.value), userErrors: [] }
      : { user: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @FieldResolver(() => DepartmentRef, {
    nullable: true,
    description: 'The department an employee works for; null for everyone else.',
  })
  department(@Root() user: UserRecord): DepartmentRef | null {
    return user.roles.includes('EMPLOYEE') && user.departmentId ? { id: user.departmentId } : null;
  }
}
