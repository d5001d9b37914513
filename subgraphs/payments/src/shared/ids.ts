const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids of this subgraph and of users and services are UUIDs; anything else cannot exist. */
export const isUuid = (value: string): boolean => UUID.test(value);
