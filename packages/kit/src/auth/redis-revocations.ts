import { Redis } from 'ioredis';
import type { Logger } from '../logging/logger';
import { RevocationSet, type Revocation, type RevocationRegistry } from './revocation-list';

/** Keys and channel of one deployment; REDIS_KEY_PREFIX keeps deployments sharing a Redis apart. */
export const revocationKeys = (prefix: string) => ({
  entry: (apiClientId: string) => `${prefix}:revoked-api-client:${apiClientId}`,
  pattern: `${prefix}:revoked-api-client:*`,
  channel: `${prefix}:api-client-revocations`,
});

export interface RedisRevocationsOptions {
  redisUrl: string;
  keyPrefix: string;
  logger: Logger;
}

/**
 * With Redis: identity writes each revocation as a key expiring with the access-token lifetime
 * and publishes it; every process subscribes first, then loads the current keys (so nothing
 * falls between the two), and loads them again after a reconnect. Resolves once loaded.
 */
export async function openRedisRevocations(options: RedisRevocationsOptions): Promise<RevocationRegistry> {
  const keys = revocationKeys(options.keyPrefix);
  const set = new RevocationSet();
  const commands = new Redis(options.redisUrl, { maxRetriesPerRequest: 2 });
  const subscriber = new Redis(options.redisUrl);
  const logger = options.logger.child({ revocations: keys.channel });
  subscriber.on('message', (_channel: string, message: string) => {
    try {
      set.add(JSON.parse(message) as Revocation);
    } catch (error) {
      logger.warn({ err: error }, 'unreadable revocation message');
    }
  });
  // Swallowed here: a connection problem is reported through the commands that fail.
  for (const connection of [commands, subscriber]) connection.on('error', () => undefined);

  async function load(): Promise<void> {
    const found: Revocation[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await commands.scan(cursor, 'MATCH', keys.pattern, 'COUNT', 500);
      cursor = next;
      if (batch.length === 0) continue;
      const values = await commands.mget(...batch);
      batch.forEach((key, index) => {
        const until = Number(values[index]);
        if (Number.isFinite(until)) found.push({ id: key.slice(keys.entry('').length), until });
      });
    } while (cursor !== '0');
    for (const revocation of found) set.add(revocation);
  }

  await subscriber.subscribe(keys.channel);
  await load();
  // Connected by now, so 'ready' means a reconnect: what was published meanwhile is only in the keys.
  subscriber.on('ready', () => {
    load().catch((error: unknown) => logger.warn({ err: error }, 'revocation reload failed'));
  });

  return {
    isRevoked: (apiClientId) => set.has(apiClientId),
    async revoke(apiClientId, ttlSeconds) {
      const revocation = { id: apiClientId, until: Date.now() + ttlSeconds * 1000 };
      set.add(revocation);
      await commands.set(keys.entry(apiClientId), String(revocation.until), 'EX', Math.max(1, Math.ceil(ttlSeconds)));
      await commands.publish(keys.channel, JSON.stringify(revocation));
    },
    async close() {
      await Promise.allSettled([subscriber.quit(), commands.quit()]);
    },
  };
}
