import { allow, and, forbidden, hasRole, isAuthenticated, liveEventOf, notificationCreated, or, rule, unauthenticated, type IRule, type IRules } from '@eco/kit';
import type { NotificationsContext } from './context';
import { webhookEndpointLoader } from './webhooks/webhook.loader';

/** Anonymous callers are told to sign in; signed-in ones that are not allowed, FORBIDDEN. */
const refuse = (ctx: NotificationsContext, message: string) => (ctx.viewer.userId ? forbidden(message) : unauthenticated());

/** The User is the viewer: a person's notifications are theirs alone (no admin reading them either). */
const isSelf = rule('isSelf', { cache: 'no_cache' })((user: { id: string }, _args, ctx: NotificationsContext) =>
  ctx.viewer.userId !== null && ctx.viewer.userId === user.id ? true : refuse(ctx, 'Only the user themself can read their notifications'),
);

/** The notification is the viewer's, however it was reached (User.notifications, a live event, _entities). */
const isNotificationOwner = rule('isNotificationOwner', { cache: 'no_cache' })(
  (notification: { userId: string }, _args, ctx: NotificationsContext) =>
    ctx.viewer.userId !== null && ctx.viewer.userId === notification.userId ? true : refuse(ctx, 'This notification belongs to another user'),
);

/**
 * A third-party API client with `webhooks:manage` (identity grants it to organizations' LIVE keys
 * and to anyone's TEST keys); it owns the endpoints it registers (its token's `sub`). A TEST key's
 * endpoints receive sandbox events only (WebhooksService.enqueueForEvent).
 */
const isWebhookApiClient = (ctx: NotificationsContext) => Boolean(ctx.viewer.clientId) && ctx.viewer.scopes.includes('webhooks:manage');

/** Webhooks are for regional portals and third parties: administrators and organization representatives. */
const canManageWebhooks = rule('canManageWebhooks', { cache: 'no_cache' })((_parent, _args, ctx: NotificationsContext) =>
  hasRole(ctx.viewer, 'ADMIN') || hasRole(ctx.viewer, 'ORG_REPRESENTATIVE') || isWebhookApiClient(ctx)
    ? true
    : refuse(ctx, 'Webhooks are managed by administrators, organization representatives and API clients with webhooks:manage'),
);

const isOwnerOrAdmin = (ctx: NotificationsContext, ownerId: string) =>
  (ctx.viewer.userId !== null && ctx.viewer.userId === ownerId) || hasRole(ctx.viewer, 'ADMIN');

/** Fields of an endpoint, or of a delivery to it: the endpoint's owner (who registered it) or an administrator. */
const isEndpointOwnerOrAdmin = rule('isEndpointOwnerOrAdmin', { cache: 'no_cache' })(
  (endpoint: { ownerId: string }, _args, ctx: NotificationsContext) =>
    isOwnerOrAdmin(ctx, endpoint.ownerId) ? true : refuse(ctx, 'Only the owner of the webhook or an administrator can see it'),
);

/**
 * Reading an endpoint's delivery log (`endpointId`): its owner or an administrator; no such
 * endpoint is a null log. (Mutations naming an endpoint or a delivery that is not the caller's
 * answer WEBHOOK_NOT_FOUND / WEBHOOK_DELIVERY_NOT_FOUND from the service instead.)
 */
const ownerOfEndpointArg: IRule = rule('canManageEndpointArg', { cache: 'no_cache' })(
  async (_parent, args: { endpointId: string }, ctx: NotificationsContext) => {
    const endpoint = await webhookEndpointLoader(ctx).load(args.endpointId);
    if (!endpoint) return true;
    return isOwnerOrAdmin(ctx, endpoint.ownerId) ? true : forbidden('Only the owner of the webhook or an administrator can see its deliveries');
  },
);

/** A live `notification.created` event: only the user it was made for (the gateway drops it for others). */
const canSeeNotificationEvent = rule('canSeeNotificationEvent', { cache: 'no_cache' })(
  (_parent, args: { event: string }, ctx: NotificationsContext) => {
    if (!ctx.viewer.userId) return unauthenticated();
    const live = liveEventOf(notificationCreated, ctx, args.event);
    if (!live) return true; // not a genuine event: the resolver answers null
    return live.payload.userId === ctx.viewer.userId ? true : forbidden('This event belongs to another user');
  },
);

/**
 * Fallback is deny (kit). `_entities` is reachable, but a Notification, User or WebhookEndpoint
 * it returns meets the same rules as one reached any other way.
 */
export const permissions: IRules = {
  Query: {
    notificationContacts: isAuthenticated,
    notificationPreferences: isAuthenticated,
    notificationAddedEvent: canSeeNotificationEvent,
    webhookEventTypes: or(isAuthenticated, canManageWebhooks),
    webhookEndpoints: canManageWebhooks,
    webhookEndpoint: canManageWebhooks,
    webhookDeliveries: and(canManageWebhooks, ownerOfEndpointArg),
  },
  Mutation: {
    markNotificationsRead: isAuthenticated,
    setNotificationContacts: isAuthenticated,
    setNotificationPreference: isAuthenticated,
    registerWebhook: canManageWebhooks,
    // Whose endpoint it is, the service decides: someone else's is WEBHOOK_NOT_FOUND / WEBHOOK_DELIVERY_NOT_FOUND.
    disableWebhook: canManageWebhooks,
    replayWebhookDelivery: canManageWebhooks,
  },
  Subscription: {
    notificationAdded: isAuthenticated,
  },
  User: {
    // The gateway resolves references by id for any signed-in caller.
    id: isAuthenticated,
    notifications: isSelf,
    unreadNotificationCount: isSelf,
  },
  Notification: isNotificationOwner,
  WebhookEndpoint: isEndpointOwnerOrAdmin,
  WebhookDelivery: isEndpointOwnerOrAdmin,
  // Reachable only through the guarded fields above.
  NotificationConnection: allow,
  NotificationEdge: allow,
  NotificationDelivery: allow,
  NotificationEvent: allow,
  NotificationContacts: allow,
  NotificationPreference: allow,
  WebhookEndpointConnection: allow,
  WebhookEndpointEdge: allow,
  WebhookDeliveryConnection: allow,
  WebhookDeliveryEdge: allow,
  MarkNotificationsReadPayload: allow,
  SetNotificationContactsPayload: allow,
  SetNotificationPreferencePayload: allow,
  RegisterWebhookPayload: allow,
  DisableWebhookPayload: allow,
  ReplayWebhookDeliveryPayload: allow,
};
