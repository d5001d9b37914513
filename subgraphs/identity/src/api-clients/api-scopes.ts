/**
 * The OAuth scopes a third-party application can be granted. Each opens one slice of the public
 * contract (schema/public.graphql); nothing else of the graph exists for an API client.
 */
export const API_SCOPES = {
  /** Public catalogues: services, departments, regions, clinics, doctors, slots, kindergartens, schools. */
  'catalog:read': 'Read the public catalogues (services, departments, regions, clinics, doctors, kindergartens, schools)',
  /** Aggregates without personal data: Service.stats, departmentStats. */
  'stats:read': 'Read statistics and open data (no personal data)',
  /** Webhook endpoints for events: LIVE keys of organizations get live events, TEST keys sandbox ones. */
  'webhooks:manage': 'Register, list and disable webhook endpoints and replay deliveries (TEST keys: sandbox events only)',
} as const;

export type ApiScope = keyof typeof API_SCOPES;

export const isApiScope = (value: string): value is ApiScope => Object.prototype.hasOwnProperty.call(API_SCOPES, value);

/**
 * Scopes a TEST (sandbox) key may not carry: they would act on the live system. None today: a
 * TEST key's webhooks receive only sandbox events (notifications routes by the endpoint's key type).
 */
export const LIVE_ONLY_SCOPES: readonly ApiScope[] = [];

/**
 * Scopes only an organization's LIVE application may hold: a live webhook receives every live
 * event of its types (all applicants'), which notifications grants to ORG_REPRESENTATIVE and ADMIN
 * users only. A TEST key of anyone may hold them: it sees only the sandbox citizens' test data.
 */
export const ORGANIZATION_SCOPES: readonly ApiScope[] = ['webhooks:manage'];
export const ORGANIZATION_ROLES: readonly string[] = ['ORG_REPRESENTATIVE', 'ADMIN'];
