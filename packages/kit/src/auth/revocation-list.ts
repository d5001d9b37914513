/**
 * Revoked API clients whose already-issued access tokens must be refused everywhere (gateway
 * and every subgraph) before they expire. Verifiers answer from memory (no per-request I/O);
 * the set is kept current by Redis pub/sub (redis-revocations.ts) or, without Redis, by
 * long-polling identity (revocation-feed.ts). An entry lives as long as a token issued before
 * the revocation can, then drops out.
 */
export interface RevocationList {
  /** Whether tokens of this API client (its UUID, the token's `sub`) are refused. Synchronous. */
  isRevoked(apiClientId: string): boolean;
  close(): Promise<void>;
}

/** identity's side: records a revocation and tells every verifier. */
export interface RevocationRegistry extends RevocationList {
  /** Refuses the client's tokens for `ttlSeconds` (the access-token lifetime) from now. */
  revoke(apiClientId: string, ttlSeconds: number): Promise<void>;
}

/** One revocation as it travels: who, and until when (epoch ms) tokens may still exist. */
export interface Revocation {
  id: string;
  until: number;
}

/** The in-memory set every implementation keeps; expired entries fall out when seen. */
export class RevocationSet {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  add(revocation: Revocation): void {
    if (revocation.until <= this.now()) return;
    this.until.set(revocation.id, Math.max(revocation.until, this.until.get(revocation.id) ?? 0));
  }

  has(id: string): boolean {
    const until = this.until.get(id);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.until.delete(id);
    return false;
  }

  /** Current (unexpired) entries. */
  entries(): Revocation[] {
    return [...this.until.keys()].filter((id) => this.has(id)).map((id) => ({ id, until: this.until.get(id) as number }));
  }

  replaceWith(revocations: readonly Revocation[]): void {
    this.until.clear();
    for (const revocation of revocations) this.add(revocation);
  }
}

/**
 * A single process's registry (identity without Redis): revocations are kept here and served to
 * the other processes at identity's revocation feed; `changed` wakes the feed's waiting readers.
 */
export class LocalRevocations implements RevocationRegistry {
  readonly set = new RevocationSet();
  /** Changes when the list does; a restart starts a new epoch, so followers reload. */
  private readonly epoch = Math.random().toString(36).slice(2, 10);
  private counter = 0;
  private waiters = new Set<() => void>();

  get version(): string {
    return `${this.epoch}.${this.counter}`;
  }

  isRevoked(apiClientId: string): boolean {
    return this.set.has(apiClientId);
  }

  async revoke(apiClientId: string, ttlSeconds: number): Promise<void> {
    this.set.add({ id: apiClientId, until: Date.now() + ttlSeconds * 1000 });
    this.counter += 1;
    const waiting = this.waiters;
    this.waiters = new Set();
    for (const wake of waiting) wake();
  }

  /** Resolves when the version differs from `seen`, or after `timeoutMs`. */
  changedSince(seen: string, timeoutMs: number): Promise<void> {
    if (seen !== this.version) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  async close(): Promise<void> {
    for (const wake of [...this.waiters]) wake();
  }
}
