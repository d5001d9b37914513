import { randomBytes } from 'node:crypto';
import { CostBudgets, type Caller } from '../src/limits/cost-budget';
import type { CostBudget } from '../src/limits/query-limits';
import { RedisTokenBuckets } from '../src/limits/redis-token-buckets';
import { MemoryTokenBuckets, type TokenBuckets } from '../src/limits/token-bucket';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** 10 points, refilled from empty in 1 s (10 points a second); TEST keys 100 points over 10 s. */
const BUDGET: CostBudget = { standard: { maximumAvailable: 10, windowSeconds: 1 }, testKeys: { maximumAvailable: 100, windowSeconds: 10 } };
const alice: Caller = { key: 'user:alice', kind: 'standard' };
const sandbox: Caller = { key: 'test-client:eco_ci_1', kind: 'testKeys' };

interface Store {
  /** Bucket stores that share one set of buckets (two replicas). */
  open(): TokenBuckets;
  /** Lets `ms` of the store's clock pass. */
  wait(ms: number): Promise<void>;
}

function memoryStore(): Store {
  let now = 1_700_000_000_000;
  const shared = new MemoryTokenBuckets(() => now);
  return {
    open: () => shared,
    wait: async (ms) => {
      now += ms;
    },
  };
}

function redisStore(): Store {
  // A prefix of this test's own: nothing left over from another run or test is seen.
  const prefix = `eco-unit-${randomBytes(6).toString('hex')}`;
  return { open: () => new RedisTokenBuckets(REDIS_URL, prefix), wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
}

describe.each([
  ['in memory', memoryStore],
  ['in Redis', redisStore],
])('a cost budget %s', (_name, makeStore) => {
  let store: Store;
  const opened: CostBudgets[] = [];
  const budgets = () => {
    const made = new CostBudgets(BUDGET, { buckets: store.open() });
    opened.push(made);
    return made;
  };
  beforeEach(() => {
    store = makeStore();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((b) => b.close()));
  });

  it('starts full, takes the whole cost up front, and says when it is full again', async () => {
    const decision = await budgets().take(alice, 4);
    expect(decision).toMatchObject({ granted: true, throttle: { maximumAvailable: 10, currentlyAvailable: 6, restoreRate: 10 } });
    // 4 points missing at 10 a second: full within a second.
    expect(decision.secondsToFull).toBe(1);
  });

  it('refuses a take the bucket cannot cover, charges nothing for it, and its Retry-After is enough', async () => {
    const limits = budgets();
    expect((await limits.take(alice, 10)).granted).toBe(true);
    const refused = await limits.take(alice, 5);
    expect(refused).toMatchObject({ granted: false, retryAfterSeconds: 1 });
    // The refusal took nothing: what refilled since is all there is.
    expect((await limits.giveBack(alice, 0)).throttle.currentlyAvailable).toBeLessThan(5);
    await store.wait(refused.granted ? 0 : refused.retryAfterSeconds * 1000);
    expect((await limits.take(alice, 5)).granted).toBe(true);
  });

  it('refills continuously at the restore rate, not all at once', async () => {
    const limits = budgets();
    await limits.take(alice, 10);
    const before = Date.now();
    await store.wait(300);
    const level = (await limits.giveBack(alice, 0)).throttle.currentlyAvailable;
    // 300 ms at 10 a second is 3 points; a slow machine may have let a little more time pass.
    const elapsed = Math.max(300, Date.now() - before);
    expect(level).toBeGreaterThanOrEqual(3);
    expect(level).toBeLessThanOrEqual(Math.min(10, Math.ceil((elapsed + 50) / 100)));
    expect(level).toBeLessThan(10);
  });

  it('gives back what an operation did not use, never past the budget', async () => {
    const limits = budgets();
    await limits.take(alice, 8);
    const back = await limits.giveBack(alice, 5);
    expect(back.throttle.currentlyAvailable).toBeGreaterThanOrEqual(7);
    expect((await limits.giveBack(alice, 1_000)).throttle).toMatchObject({ currentlyAvailable: 10 });
    expect((await limits.giveBack(alice, 0)).secondsToFull).toBe(0);
  });

  it('keeps callers apart, gives TEST keys their own size, and is one budget for every replica', async () => {
    const one = budgets();
    const two = budgets();
    await one.take(alice, 9);
    // The other replica sees what the first one took.
    expect((await two.take(alice, 9)).granted).toBe(false);
    expect((await two.take({ key: 'user:bob', kind: 'standard' }, 9)).granted).toBe(true);
    expect(one.capacityOf(sandbox)).toBe(100);
    expect(await two.take(sandbox, 60)).toMatchObject({ granted: true, throttle: { maximumAvailable: 100, currentlyAvailable: 40, restoreRate: 10 }, secondsToFull: 6 });
  });
});
