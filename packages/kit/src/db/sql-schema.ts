import { raw, type Sql } from '@prisma/client/runtime/client';
import { assertSchemaName } from './pg-schema';

/**
 * The PostgreSQL schema holding a subgraph's tables, as an SQL fragment for raw queries.
 * The Prisma adapter qualifies its own queries, but raw SQL must name the schema itself; the
 * name comes from configuration and is validated, because identifiers cannot be parameters.
 */
export class SqlSchema {
  readonly name: string;

  constructor(name: string) {
    assertSchemaName(name);
    this.name = name;
  }

  /** `"<schema>"."<object>"`; `object` is always a constant of our own code. */
  qualified(object: string): Sql {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(object)) throw new Error(`Invalid SQL object name: ${object}`);
    return raw(`"${this.name}"."${object}"`);
  }
}
