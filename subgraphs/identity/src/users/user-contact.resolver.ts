import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context';
import { recordApplicantRead } from './applicant-access.loader';
import { User } from './user.type';
import type { UserRecord } from './users.service';

/** The value, once the read is journalled if it has to be. */
async function shown<T>(ctx: IdentityContext, user: UserRecord, value: T): Promise<T> {
  await recordApplicantRead(ctx, user);
  return value;
}

/**
 * A person's name and contact: the fields an employee handling their application may read, each
 * journalled when that is why it was opened (rules: permissions.ts, User).
 */
@Resolver(() => User)
export class UserContactResolver {
  @FieldResolver()
  lastName(@Root() user: UserRecord, @Ctx() ctx: IdentityContext): Promise<string> {
    return shown(ctx, user, user.lastName);
  }

  @FieldResolver()
  firstName(@Root() user: UserRecord, @Ctx() ctx: IdentityContext): Promise<string> {
    return shown(ctx, user, user.firstName);
  }

  @FieldResolver()
  middleName(@Root() user: UserRecord, @Ctx() ctx: IdentityContext): Promise<string | null> {
    return shown(ctx, user, user.middleName);
  }

  @FieldResolver()
  email(@Root() user: UserRecord, @Ctx() ctx: IdentityContext): Promise<string> {
    return shown(ctx, user, user.email);
  }

  @FieldResolver()
  phone(@Root() user: UserRecord, @Ctx() ctx: IdentityContext): Promise<string> {
    return shown(ctx, user, user.phone);
  }
}
