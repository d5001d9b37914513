import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

/**
 * The same scalars in every subgraph, so they compose: `DateTime` (UTC ISO-8601) for moments,
 * `Date` (YYYY-MM-DD) for calendar dates such as birth dates, `JSONObject` for form data and schemas.
 */
export const DateTimeScalar = DateTimeResolver;
export const DateScalar = DateResolver;
export const JSONObjectScalar = JSONObjectResolver;

export const SCALARS_MAP = [{ type: Date, scalar: DateTimeScalar }];
