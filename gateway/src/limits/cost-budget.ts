import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { CostBudget } from './query-limits';

/** What `extensions.cost.throttle` reports to the caller after each operation. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  /** Points per second the budget is restored at, on average (it refills in full each window). */
  restoreRate: number;
}

export type BudgetDecision = { granted: true; throttle: ThrottleStatus } | { granted: false; retryAfterSeconds: number; throttle: ThrottleStatus };

/**
 * Each caller's cost budget, counted by rate-limiter-flexible: in Redis when REDIS_URL is set,
 * so every gateway replica draws on the same budget, otherwise in this process. An operation
 * takes its requested cost up front; once it has run, the part it did not use is given back.
 */
export class CostBudgets {
  private readonly limiter: RateLimiterAbstract;
  private readonly redis: Redis | null;

  constructor(
    private readonly budget: CostBudget,
    options: { redisUrl: string | null; keyPrefix: string },
  ) {
    const common = { points: budget.maximumAvailable, duration: budget.windowSeconds, keyPrefix: `${options.keyPrefix}:cost-budget` };
    this.redis = options.redisUrl ? new Redis(options.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true }) : null;
    this.limiter = this.redis ? new RateLimiterRedis({ ...common, storeClient: this.redis }) : new RateLimiterMemory(common);
  }

  private status(remaining: number): ThrottleStatus {
    return {
      maximumAvailable: this.budget.maximumAvailable,
      currentlyAvailable: Math.max(0, remaining),
      restoreRate: Math.round((this.budget.maximumAvailable / this.budget.windowSeconds) * 100) / 100,
    };
  }

  async take(caller: string, points: number): Promise<BudgetDecision> {
    try {
      const result = await this.limiter.consume(caller, points);
      return { granted: true, throttle: this.status(result.remainingPoints) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // A refused operation is not charged: give back what the attempt added.
      const after = await this.limiter.reward(caller, points);
      return { granted: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), throttle: this.status(after.remainingPoints) };
    }
  }

  async giveBack(caller: string, points: number): Promise<ThrottleStatus> {
    const result = points > 0 ? await this.limiter.reward(caller, points) : await this.limiter.get(caller);
    return this.status(result?.remainingPoints ?? this.budget.maximumAvailable);
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
