import { Prisma } from '../generated/prisma/client';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * The PostgreSQL schema holding the catalog's tables, as an SQL fragment for raw queries.
 * The Prisma adapter qualifies its own queries, but raw SQL must name the schema itself; the
 * name comes from configuration and is validated, because identifiers cannot be parameters.
 */
export class SqlSchema {
  readonly name: string;

  constructor(name: string) {
    if (!IDENTIFIER.test(name)) throw new Error(`Invalid PostgreSQL schema name: ${JSON.stringify(name)}`);
    this.name = name;
  }

  /** `"<schema>"."<object>"`; `object` is always a constant of our own code. */
  qualified(object: string): Prisma.Sql {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(object)) throw new Error(`Invalid SQL object name: ${object}`);
    return Prisma.raw(`"${this.name}"."${object}"`);
  }
}
