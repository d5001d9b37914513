/** Small formatting helpers the catalog and apply pages share. */

/** A UUID is an id; anything else is the service's code (e.g. "mvd-internal-passport-at-14"). */
export const serviceLookup = (idOrCode: string) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode) ? { id: idOrCode } : { code: idOrCode });
