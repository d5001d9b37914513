import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context';
import { User } from '../users/user.type';
import type { UserRecord } from '../users/users.service';
import { childrenByParentLoader } from './child.loader';
import { ChildType } from './child.type';
import type { ChildRecord } from './children.service';

@Resolver(() => User)
export class UserChildrenResolver {
  @FieldResolver(() => [ChildType], { description: "The user's children, eldest first: for the user (and administrators, masked)." })
  async children(@Root() user: UserRecord, @Ctx() ctx: IdentityContext): Promise<ChildRecord[]> {
    return (await childrenByParentLoader(ctx).load(user.id)) ?? [];
  }
}
