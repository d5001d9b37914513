import { Type, type TSchema } from '@sinclair/typebox';

/** TypeBox, as contracts are written with it (one copy for everyone: use this, not your own import). */
export { Type };

/** Building blocks of event payload schemas. */
export const Id = Type.String({ minLength: 1 });
export const Text = Type.String({ minLength: 1 });
/** An ISO 8601 instant, e.g. 2026-12-03T10:00:00.000Z. */
export const Instant = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$' });
/** A calendar date, e.g. 2026-12-03. */
export const CalendarDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
/** Money in kopecks (integers: no rounding in transit). */
export const Kopecks = Type.Integer({ minimum: 0 });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
