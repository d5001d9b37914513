import { Redis } from 'ioredis';
import type { BucketChange, BucketShape, TokenBuckets } from './token-bucket';

/**
 * The bucket in one Redis hash { tokens, at }, changed by one script, so concurrent requests on
 * every gateway replica see one level. The clock is Redis's own (TIME): replicas whose clocks
 * differ still refill a bucket at the same rate. A bucket left alone expires once it would be
 * full again. Same arithmetic as `refilled` in token-bucket.ts.
 */
const CHANGE_BUCKET = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2]) / 1000
local amount = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local level = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = capacity
if level[1] then
  tokens = math.min(capacity, tonumber(level[1]) + math.max(0, now - tonumber(level[2])) * per_ms)
end
if amount > tokens then
  return {0, tostring(tokens)}
end
if amount ~= 0 then
  tokens = math.min(capacity, tokens - amount)
  if tokens >= capacity then
    redis.call('DEL', KEYS[1])
  else
    redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
    redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / per_ms) + 1000)
  end
end
return {1, tostring(tokens)}
`;

type ChangeBucket = (key: string, capacity: string, perSecond: string, amount: string) => Promise<[number, string]>;

export class RedisTokenBuckets implements TokenBuckets {
  private readonly redis: Redis;
  private readonly run: ChangeBucket;

  constructor(redisUrl: string, private readonly keyPrefix: string) {
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
    // defineCommand sends EVALSHA and loads the script again after a Redis restart.
    this.redis.defineCommand('ecoChangeBucket', { numberOfKeys: 1, lua: CHANGE_BUCKET });
    const command = (this.redis as unknown as { ecoChangeBucket: ChangeBucket }).ecoChangeBucket;
    this.run = command.bind(this.redis);
  }

  async change(key: string, shape: BucketShape, amount: number): Promise<BucketChange> {
    const [granted, tokens] = await this.run(`${this.keyPrefix}:${key}`, String(shape.capacity), String(shape.perSecond), String(amount));
    return { granted: granted === 1, tokens: Number(tokens) };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
