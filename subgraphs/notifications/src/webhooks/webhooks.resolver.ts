import { hasRole, PageArgs, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { NotificationsContext } from '../context';
import { userErrorsFor } from '../messages';
import { viewerId } from '../shared/viewer-id';
import { UserRef } from '../users/user.type';
import { WebhookDeliveryConnection } from './webhook-delivery.type';
import { WebhookEndpointConnection, WebhookEndpointType } from './webhook-endpoint.type';
import { DisableWebhookInput, RegisterWebhookInput, ReplayWebhookDeliveryInput, WebhookDeliveriesArgs } from './webhook.input';
import { webhookEndpointLoader } from './webhook.loader';
import { DisableWebhookPayload, RegisterWebhookPayload, ReplayWebhookDeliveryPayload } from './webhook.payload';
import { ENDPOINTS_ORDER, DELIVERIES_ORDER, type WebhookActor, type WebhookDeliveryRecord, type WebhookEndpointRecord } from './webhooks.service';

const webhookActor = (ctx: NotificationsContext): WebhookActor => ({ userId: viewerId(ctx), isAdmin: hasRole(ctx.viewer, 'ADMIN') });

/** Webhooks for administrators and organization representatives; who may touch which is in permissions.ts. */
@Resolver(() => WebhookEndpointType)
export class WebhooksResolver {
  @Directive('@tag(name: "public")')
  @Query(() => [String], { description: 'Event types a webhook can subscribe to.' })
  webhookEventTypes(@Ctx() ctx: NotificationsContext): string[] {
    return ctx.services.webhooks.eventTypes();
  }

  @Directive('@tag(name: "public")')
  @Query(() => WebhookEndpointConnection, { description: "The caller's webhook endpoints (an administrator sees all), newest first." })
  async webhookEndpoints(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: NotificationsContext): Promise<Connection<WebhookEndpointRecord>> {
    const window = pageWindow(page, ENDPOINTS_ORDER);
    const result = await ctx.services.webhooks.endpoints(webhookActor(ctx), window);
    return toConnection(result.nodes, window, result.totalCount);
  }

  @Directive('@tag(name: "public")')
  @Query(() => WebhookEndpointType, { nullable: true, description: 'One endpoint (its owner or an administrator).' })
  webhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: NotificationsContext): Promise<WebhookEndpointRecord | null> {
    return webhookEndpointLoader(ctx).load(id);
  }

  @Directive('@tag(name: "public")')
  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's delivery log, newest first (its owner or an administrator)." })
  async webhookDeliveries(@Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs, @Ctx() ctx: NotificationsContext): Promise<Connection<WebhookDeliveryRecord> | null> {
    // No such endpoint: null, as every by-id read (the permission rule loaded it already).
    if (!(await webhookEndpointLoader(ctx).load(args.endpointId))) return null;
    const window = pageWindow(args, DELIVERIES_ORDER);
    const result = await ctx.services.webhooks.deliveries(args.endpointId, window);
    return toConnection(result.nodes, window, result.totalCount);
  }

  @Directive('@tag(name: "public")')
  @Mutation(() => RegisterWebhookPayload, { description: 'Registers an endpoint; the answer carries its signing secret, once.' })
  async registerWebhook(@Arg('input') input: RegisterWebhookInput, @Ctx() ctx: NotificationsContext): Promise<RegisterWebhookPayload> {
    // A TEST key's endpoint is a sandbox one: it receives the sandbox citizens' events only.
    const outcome = await ctx.services.webhooks.register(viewerId(ctx), input, { sandbox: ctx.viewer.keyType === 'TEST' });
    return outcome.ok
      ? { endpoint: outcome.value.endpoint, secret: outcome.value.secret, userErrors: [] }
      : { endpoint: null, secret: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Directive('@tag(name: "public")')
  @Mutation(() => DisableWebhookPayload, {
    description: "Stops deliveries to an endpoint; pending ones are cancelled. Someone else's endpoint is WEBHOOK_NOT_FOUND, as a missing one.",
  })
  async disableWebhook(@Arg('input') input: DisableWebhookInput, @Ctx() ctx: NotificationsContext): Promise<DisableWebhookPayload> {
    const outcome = await ctx.services.webhooks.disable(webhookActor(ctx), input.id);
    if (outcome.ok) webhookEndpointLoader(ctx).clear(input.id).prime(input.id, outcome.value);
    return outcome.ok ? { endpoint: outcome.value, userErrors: [] } : { endpoint: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Directive('@tag(name: "public")')
  @Mutation(() => ReplayWebhookDeliveryPayload, {
    description: "Sends a finished delivery again (with a fresh round of retries). A delivery to someone else's endpoint is WEBHOOK_DELIVERY_NOT_FOUND.",
  })
  async replayWebhookDelivery(
    @Arg('input') input: ReplayWebhookDeliveryInput,
    @Ctx() ctx: NotificationsContext,
  ): Promise<{ delivery: WebhookDeliveryRecord | null; userErrors: ReplayWebhookDeliveryPayload['userErrors'] }> {
    const outcome = await ctx.services.webhooks.replay(webhookActor(ctx), input.id);
    return outcome.ok ? { delivery: outcome.value, userErrors: [] } : { delivery: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @FieldResolver(() => UserRef, { description: 'Who registered it.' })
  owner(@Root() endpoint: WebhookEndpointRecord): UserRef {
    return { id: endpoint.ownerId };
  }
}
