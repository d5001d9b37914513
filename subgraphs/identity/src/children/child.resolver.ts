import { maskBirthCertificate } from '../validation';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { calendarDateString } from '../calendar';
import type { IdentityContext } from '../context';
import { userErrorsFor } from '../messages';
import { requestMeta } from '../security/request-meta';
import { childLoader, childrenByParentLoader } from './child.loader';
import { AddChildInput, RemoveChildInput } from './child.input';
import { AddChildPayload, RemoveChildPayload } from './child.payload';
import { BirthCertificate, ChildType } from './child.type';
import type { ChildRecord } from './children.service';

@Resolver(() => ChildType)
export class ChildResolver {
  @Mutation(() => AddChildPayload, { description: "Adds a child to the signed-in user's family; every invalid field is reported at once." })
  async addChild(@Arg('input') input: AddChildInput, @Ctx() ctx: IdentityContext): Promise<AddChildPayload> {
    const outcome = await ctx.services.children.add(ctx.viewer.userId as string, {
      ...input,
      birthDate: calendarDateString(input.birthDate),
      birthCertificate: { ...input.birthCertificate, issueDate: calendarDateString(input.birthCertificate.issueDate) },
    }, { meta: requestMeta(ctx) });
    if (!outcome.ok) return { child: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
    childLoader(ctx).prime(outcome.value.id, outcome.value);
    childrenByParentLoader(ctx).clear(outcome.value.parentId);
    return { child: outcome.value, userErrors: [] };
  }

  @Mutation(() => RemoveChildPayload, { description: "Removes one of the signed-in user's children." })
  async removeChild(@Arg('input') input: RemoveChildInput, @Ctx() ctx: IdentityContext): Promise<RemoveChildPayload> {
    const outcome = await ctx.services.children.remove(ctx.viewer.userId as string, input.childId, requestMeta(ctx));
    if (!outcome.ok) return { removedChildId: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
    return { removedChildId: outcome.value, userErrors: [] };
  }

  @FieldResolver(() => BirthCertificate, { description: 'In full for the parent, masked for administrators.' })
  birthCertificate(@Root() child: ChildRecord, @Ctx() ctx: IdentityContext): BirthCertificate {
    const certificate = child.birthCertificate;
    if (ctx.viewer.userId === child.parentId) return certificate;
    return { series: '***', number: maskBirthCertificate(certificate.number), issueDate: certificate.issueDate };
  }
}
