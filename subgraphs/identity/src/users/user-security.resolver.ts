import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context';
import type { MfaMethod } from '../mfa/mfa.service';
import { MfaMethodEnum } from '../mfa/mfa.type';
import { User } from './user.type';
import type { UserRecord } from './users.service';

/** The account's protection, for its owner's settings page (rules: owner or administrator). */
@Resolver(() => User)
export class UserSecurityResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the email was confirmed with the code sent there.' })
  emailConfirmed(@Root() user: UserRecord): boolean {
    return user.emailConfirmedAt !== null;
  }

  @FieldResolver(() => [MfaMethodEnum], { description: 'Second factors that are on; empty when two-factor protection is off.' })
  mfaMethods(@Root() user: UserRecord, @Ctx() ctx: IdentityContext): Promise<MfaMethod[]> {
    if (user.totpEnabledAt === null && user.smsMfaEnabledAt === null) return Promise.resolve([]);
    return ctx.services.mfa.methodsOf(user);
  }
}
