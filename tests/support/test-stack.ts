import { dropDatabase, ensureDatabase, startStack, type RunningStack } from '@eco/stack';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Starting every subgraph on 2 shared cores can take a while: a scenario's own stack waits this long. */
export const STACK_START_TIMEOUT_MS = 180_000;

export const DEFAULT_TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/test';

export interface TestStack extends RunningStack {
  databaseUrl: string;
  /** Where the local state is: development keys under keys/, each service's log under logs/. */
  dataDir: string;
  /** Stops the processes and drops the stack's database. */
  destroy(): Promise<void>;
}

/**
 * The real graph for a test: a fresh database on the test PostgreSQL, every subgraph and the
 * gateway as processes on free ports, demo data seeded. Set TEST_LOGS=1 to also print their logs.
 */
export async function startTestStack(options: { only?: string[]; env?: NodeJS.ProcessEnv; databaseServerUrl?: string } = {}): Promise<TestStack> {
  const serverUrl = options.databaseServerUrl ?? process.env.DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const databaseName = `eco_it_${randomBytes(4).toString('hex')}`;
  const databaseUrl = await ensureDatabase(serverUrl, databaseName);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'eco-it-'));
  const logDir = path.join(dataDir, 'logs');
  mkdirSync(logDir);
  const stack = await startStack({
    databaseUrl,
    dataDir,
    seedDemoData: true,
    ports: 'ephemeral',
    only: options.only,
    // Webhook retries in tenths of a second instead of seconds. Every test client calls from
    // 127.0.0.1, so anonymous calls share one cost budget: a large one, so only the budget
    // tests (which start gateways of their own) are ever throttled.
    // The scenarios share 2 cores with a 1,000-request booking burst: operations get a minute.
    // Stacks running side by side on one Redis keep their keys (revocations, live events) apart.
    env: {
      LOG_LEVEL: 'info',
      WEBHOOK_RETRY_BASE_MS: '100',
      COST_BUDGET_POINTS: '1000000',
      EXECUTION_TIMEOUT_MS: '60000',
      REDIS_KEY_PREFIX: `eco-it-${randomBytes(4).toString('hex')}`,
      ...options.env,
    },
    // Each service's log goes to a file, so scenarios can check what reached which service.
    onLine: (service, line) => {
      appendFileSync(path.join(logDir, `${service}.log`), `${line}\n`);
      if (process.env.TEST_LOGS) process.stdout.write(`[${service}] ${line}\n`);
    },
  }).catch(async (error: unknown) => {
    await dropDatabase(serverUrl, databaseName);
    throw error;
  });
  return {
    ...stack,
    databaseUrl,
    dataDir,
    async destroy() {
      await stack.stop();
      await dropDatabase(serverUrl, databaseName);
    },
  };
}
