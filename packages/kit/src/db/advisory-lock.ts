import { withPgClient } from './pg-schema';

/**
 * Runs `fn` while holding a session-level PostgreSQL advisory lock named `key`,
 * waiting as long as another session holds it. Services and their replicas
 * start together and each tries to migrate; the lock makes the later ones wait
 * and then find nothing left to apply.
 */
export async function withAdvisoryLock<T>(databaseUrl: string, key: string, fn: () => Promise<T>): Promise<T> {
  // The lock belongs to this dedicated connection: if the process dies the
  // server drops the session and with it the lock, so nothing stays stuck.
  return withPgClient(databaseUrl, async (client) => {
    // hashtextextended turns a readable name into a 64-bit key, unlikely to
    // meet the numeric keys other users of advisory locks pick.
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
    try {
      return await fn();
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    }
  });
}
