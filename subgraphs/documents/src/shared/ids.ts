const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of documents and of users are UUIDs; anything else cannot exist. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
