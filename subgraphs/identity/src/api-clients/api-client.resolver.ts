import { hasRole, PageArgs, pageWindow, toConnection } from '@eco/kit';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import { userErrorsFor } from '../messages';
import { ApiClientIdInput, RegisterApiClientInput } from './api-client.input';
import { RegisterApiClientPayload, RevokeApiClientPayload, RotateApiClientSecretPayload } from './api-client.payload';
import { ApiClientConnection, ApiClientType } from './api-client.type';
import { API_CLIENTS_ORDER, type ApiClientRecord } from './api-clients.service';
import { requestMeta } from '../security/request-meta';

/** Resolvers only call the service; who may call them is decided in permissions.ts. */
@Resolver(() => ApiClientType)
export class ApiClientResolver {
  @Query(() => [ApiClientType], { description: "The signed-in developer's applications, newest first (revoked ones too)." })
  myApiClients(@Ctx() ctx: IdentityContext): Promise<ApiClientRecord[]> {
    return ctx.services.apiClients.listOwn(ctx.viewer.userId as string);
  }

  @Query(() => ApiClientConnection, { description: 'Every application, newest first (administrators only).' })
  async apiClients(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: IdentityContext) {
    const window = pageWindow(page, API_CLIENTS_ORDER);
    const { nodes, totalCount } = await ctx.services.apiClients.listAll(window);
    return toConnection(nodes, window, totalCount);
  }

  @Mutation(() => RegisterApiClientPayload, { description: 'Registers an application; the secret is in the answer and nowhere else, ever.' })
  async registerApiClient(@Arg('input') input: RegisterApiClientInput, @Ctx() ctx: IdentityContext): Promise<RegisterApiClientPayload> {
    const outcome = await ctx.services.apiClients.register(ctx.viewer.userId as string, input);
    return outcome.ok
      ? { ...outcome.value, userErrors: [] }
      : { apiClient: null, clientSecret: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Mutation(() => RotateApiClientSecretPayload, { description: 'A new secret for your application, shown once; the old one stops working at once.' })
  async rotateApiClientSecret(@Arg('input') input: ApiClientIdInput, @Ctx() ctx: IdentityContext): Promise<RotateApiClientSecretPayload> {
    const outcome = await ctx.services.apiClients.rotateSecret(ctx.viewer.userId as string, input.apiClientId);
    return outcome.ok
      ? { ...outcome.value, userErrors: [] }
      : { apiClient: null, clientSecret: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Mutation(() => RevokeApiClientPayload, { description: 'Revokes an application for good (its owner or an administrator).' })
  async revokeApiClient(@Arg('input') input: ApiClientIdInput, @Ctx() ctx: IdentityContext): Promise<RevokeApiClientPayload> {
    const actor = { userId: ctx.viewer.userId as string, isAdmin: hasRole(ctx.viewer, 'ADMIN') };
    const outcome = await ctx.services.apiClients.revoke(actor, input.apiClientId, requestMeta(ctx));
    return outcome.ok ? { apiClient: outcome.value, userErrors: [] } : { apiClient: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }
}
