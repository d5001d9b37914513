/**
 * A token bucket that refills continuously: it holds at most `capacity` tokens and gains
 * `perSecond` of them every second, whatever is spent in between. One primitive does it all:
 * `change(key, shape, amount)` takes `amount` tokens when there are that many (else takes nothing),
 * gives `-amount` back (never past capacity) when negative, and only looks when 0.
 */
export interface BucketShape {
  capacity: number;
  /** Tokens restored per second, continuously. */
  perSecond: number;
}

export interface BucketChange {
  /** False only when a take found fewer tokens than it asked for (and took none). */
  granted: boolean;
  /** Tokens in the bucket after the change (fractional: refilling is continuous). */
  tokens: number;
}

export interface TokenBuckets {
  change(key: string, shape: BucketShape, amount: number): Promise<BucketChange>;
  close(): Promise<void>;
}

/** Seconds until the bucket holds `wanted` tokens again (0 when it already does). */
export function secondsUntil(shape: BucketShape, tokens: number, wanted: number): number {
  return Math.max(0, Math.ceil((Math.min(wanted, shape.capacity) - tokens) / shape.perSecond));
}

interface Level {
  tokens: number;
  /** When `tokens` was counted (ms). */
  at: number;
}

/** The bucket's level at `now`; the same arithmetic as the Redis script in redis-token-buckets.ts. */
export function refilled(shape: BucketShape, level: Level | undefined, now: number): number {
  if (!level) return shape.capacity;
  return Math.min(shape.capacity, level.tokens + (Math.max(0, now - level.at) * shape.perSecond) / 1000);
}

/** Past this many buckets, the full ones (nothing left to remember) are dropped. */
const SWEEP_ABOVE = 10_000;

/** The single-process bucket store, used without REDIS_URL: it behaves as the Redis one does. */
export class MemoryTokenBuckets implements TokenBuckets {
  private readonly levels = new Map<string, Level>();

  constructor(private readonly now: () => number = Date.now) {}

  async change(key: string, shape: BucketShape, amount: number): Promise<BucketChange> {
    const now = this.now();
    const tokens = refilled(shape, this.levels.get(key), now);
    if (amount > tokens) return { granted: false, tokens };
    if (amount === 0) return { granted: true, tokens };
    const after = Math.min(shape.capacity, tokens - amount);
    if (after >= shape.capacity) this.levels.delete(key);
    else this.levels.set(key, { tokens: after, at: now });
    if (this.levels.size > SWEEP_ABOVE) this.sweep(shape, now);
    return { granted: true, tokens: after };
  }

  private sweep(shape: BucketShape, now: number): void {
    for (const [key, level] of this.levels) if (refilled(shape, level, now) >= shape.capacity) this.levels.delete(key);
  }

  async close(): Promise<void> {
    this.levels.clear();
  }
}
