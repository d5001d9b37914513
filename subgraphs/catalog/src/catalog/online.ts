/**
 * "Can be done online" (the `online` filter and `Service.availableOnline`): electronic and
 * transactional services are submitted through the portal's form, online-only ones by
 * definition. Document services (a new passport) and consultations need a visit in person,
 * informational ones have nothing to submit. service-query.ts states the same rule in SQL.
 */
export const ONLINE_CATEGORIES = ['ELECTRONIC', 'TRANSACTIONAL'] as const;

export function isAvailableOnline(service: { category: string; onlineOnly: boolean }): boolean {
  return service.onlineOnly || (ONLINE_CATEGORIES as readonly string[]).includes(service.category);
}
