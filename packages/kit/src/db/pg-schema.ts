import { Client } from 'pg';

// Schema names end up inside SQL text (CREATE SCHEMA, search_path), so only
// plain lower-case identifiers are accepted: they need no quoting rules and
// PostgreSQL never folds them to something else.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(
      `Invalid PostgreSQL schema name ${JSON.stringify(schema)}: use lower-case letters, digits and "_" (max 63, not starting with a digit)`,
    );
  }
}

/**
 * The connection string with `search_path` pinned to one schema, so the
 * unqualified names in migration SQL (and Prisma's `_prisma_migrations`)
 * resolve inside that schema rather than `public`.
 */
export function urlWithSearchPath(databaseUrl: string, schema: string): string {
  assertSchemaName(schema);
  const url = new URL(databaseUrl);
  // Keep any startup options the caller already passes (statement_timeout...).
  const existing = url.searchParams.get('options');
  const searchPath = `-c search_path=${schema}`;
  url.searchParams.set('options', existing ? `${existing} ${searchPath}` : searchPath);
  return url.toString();
}

export async function withPgClient<T>(databaseUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Two sessions running CREATE SCHEMA IF NOT EXISTS at once can still collide
// on pg_namespace's unique index; the loser finds the schema there, as wanted.
const SCHEMA_CREATED_CONCURRENTLY = new Set(['23505', '42P06']);

export async function createSchemaIfMissing(databaseUrl: string, schema: string): Promise<void> {
  assertSchemaName(schema);
  await withPgClient(databaseUrl, async (client) => {
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } catch (error) {
      if (!SCHEMA_CREATED_CONCURRENTLY.has((error as { code?: string }).code ?? '')) throw error;
    }
  });
}

export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  assertSchemaName(schema);
  await withPgClient(databaseUrl, (client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
}
