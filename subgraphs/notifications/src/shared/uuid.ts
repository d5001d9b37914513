const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that can exist in a uuid column: anything else is simply not found (not a database error). */
export const isUuid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);
