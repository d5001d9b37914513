import { Client } from 'pg';

/** Reads the shared stack's database directly: to prove what was (not) stored, never to arrange data. */
export async function queryStackDatabase<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.ECO_DATABASE_URL;
  if (!url) throw new Error('ECO_DATABASE_URL is not set');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
