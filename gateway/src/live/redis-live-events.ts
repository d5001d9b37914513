import type { FeedEvent, Logger } from '@eco/kit';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { followFeeds } from './feed-follower';
import { LiveEventHub, type LiveEvents } from './live-events';
import type { LiveSubgraph } from './live-subgraphs';

/** Keys and channel of one deployment; REDIS_KEY_PREFIX keeps deployments sharing a Redis apart. */
export const redisKeys = (prefix: string) => ({
  channel: `${prefix}:live-events`,
  leader: `${prefix}:live-relay:leader`,
  positions: `${prefix}:live-relay:positions`,
});
export const LEADER_TTL_MS = 3000;
const LEADER_RENEW_MS = 1000;

// Extend the lease only while it is still ours (a plain EXPIRE could extend another's lease).
const RENEW_IF_MINE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/**
 * With Redis, gateway replicas share one relay: whichever holds the leader lease follows the
 * subgraphs' feeds and publishes each event on a Redis channel; every replica (the leader too)
 * delivers what arrives on the channel. Feed positions live in Redis, so a new leader carries
 * on where the old one stopped.
 */
export function startRedisLiveEvents(options: {
  redisUrl: string;
  keyPrefix: string;
  subgraphs: LiveSubgraph[];
  token: string;
  logger: Logger;
}): LiveEvents {
  const instanceId = randomUUID();
  const keys = redisKeys(options.keyPrefix);
  const hub = new LiveEventHub();
  const commands = new Redis(options.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const subscriber = new Redis(options.redisUrl);
  const logger = options.logger.child({ liveRelay: instanceId });
  let follower: { stop(): Promise<void> } | null = null;
  let stopped = false;

  subscriber.on('message', (_channel: string, message: string) => hub.emit(JSON.parse(message) as FeedEvent));
  void subscriber.subscribe(keys.channel).then(() => logger.info({ channel: keys.channel }, 'live events: subscribed to Redis'));

  // By feed URL: a subgraph moved elsewhere is a different feed with its own sequence.
  const urlOf = new Map(options.subgraphs.map((s) => [s.name, s.url]));
  const positionField = (subgraph: string) => urlOf.get(subgraph) ?? subgraph;
  const positions = {
    load: async (subgraph: string) => {
      const value = await commands.hget(keys.positions, positionField(subgraph));
      return value === null ? null : BigInt(value);
    },
    save: async (subgraph: string, seq: bigint) => {
      await commands.hset(keys.positions, positionField(subgraph), seq.toString());
    },
  };

  async function keepLease(): Promise<void> {
    const leading = follower !== null;
    const held = leading
      ? (await commands.eval(RENEW_IF_MINE, 1, keys.leader, instanceId, String(LEADER_TTL_MS))) === 1
      : (await commands.set(keys.leader, instanceId, 'PX', LEADER_TTL_MS, 'NX')) === 'OK';
    if (held && !leading) {
      logger.info('live events: this gateway relays the feeds to Redis');
      follower = followFeeds({
        subgraphs: options.subgraphs,
        token: options.token,
        logger,
        positions,
        onEvent: (event) => void commands.publish(keys.channel, JSON.stringify(event)),
      });
    } else if (!held && leading) {
      logger.warn('live events: relay lease lost');
      await follower?.stop();
      follower = null;
    }
  }

  const leaseTimer = setInterval(() => {
    if (!stopped) keepLease().catch((error: unknown) => logger.warn({ err: error }, 'live relay lease check failed'));
  }, LEADER_RENEW_MS);
  void keepLease().catch((error: unknown) => logger.warn({ err: error }, 'live relay lease check failed'));

  return {
    get mode() {
      return follower ? 'redis-relay' : 'redis';
    },
    onEvent: (listener) => hub.listen(listener),
    async stop() {
      stopped = true;
      clearInterval(leaseTimer);
      await follower?.stop();
      if (follower) await commands.eval(`if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`, 1, keys.leader, instanceId);
      subscriber.disconnect();
      commands.disconnect();
    },
  };
}
