/**
 * The OAuth scopes a third-party application can be granted. Each opens one slice of the public
 * contract (schema/public.graphql); nothing else of the graph exists for an API client.
 */
export const API_SCOPES = {
  /** Public catalogues: services, departments, regions, clinics, doctors, slots, kindergartens, schools. */
  'catalog:read': 'Read the public catalogues (services, departments, regions, clinics, doctors, kindergartens, schools)',
  /** Aggregates without personal data: Service.stats, departmentStats. */
  'stats:read': 'Read statistics and open data (no personal data)',
  /** Webhook endpoints for events (regional portals); LIVE keys only. */
  'webhooks:manage': 'Register, list and disable webhook endpoints and replay deliveries (LIVE keys only)',
} as const;

export type ApiScope = keyof typeof API_SCOPES;

export const isApiScope = (value: string): value is ApiScope => Object.prototype.hasOwnProperty.call(API_SCOPES, value);

/** Scopes a TEST (sandbox) key may not carry: they act on the live system. */
export const LIVE_ONLY_SCOPES: readonly ApiScope[] = ['webhooks:manage'];

/**
 * Scopes only an organization's application may hold: a webhook receives every event of its
 * types (all applicants'), which notifications grants to ORG_REPRESENTATIVE and ADMIN users only.
 */
export const ORGANIZATION_SCOPES: readonly ApiScope[] = ['webhooks:manage'];
export const ORGANIZATION_ROLES: readonly string[] = ['ORG_REPRESENTATIVE', 'ADMIN'];
