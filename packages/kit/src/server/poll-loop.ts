import type { Logger } from '../logging/logger';

export interface PollLoopOptions {
  name: string;
  intervalMs: number;
  /** Does one batch of due work; returns how many items it handled (0: sleep until the next poll). */
  tick: () => Promise<number>;
  logger: Logger;
  /**
   * While there is nothing to do, wait ever longer between polls, up to this (default: intervalMs,
   * i.e. a steady poll); `wake` (see wakeOn) ends the wait at once.
   */
  idleMaxMs?: number;
  /** Subscribes a wake-up (e.g. to outbox notices); returns the unsubscribe. */
  wakeOn?: (wake: () => void) => () => void;
}

export interface PollLoop {
  stop(): Promise<void>;
}

/**
 * A small in-process scheduler: runs `tick` again at once while it finds work, otherwise every
 * `intervalMs`. An error is logged and retried at the next poll; stop() waits for the running tick.
 */
export function startPollLoop(options: PollLoopOptions): PollLoop {
  const logger = options.logger.child({ loop: options.name });
  let stopped = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const idleMax = Math.max(options.idleMaxMs ?? options.intervalMs, options.intervalMs);
  let woken = false;
  const unsubscribe = options.wakeOn?.(() => {
    woken = true;
    wake?.();
  });

  async function run(): Promise<void> {
    let idleWait = options.intervalMs;
    while (!stopped) {
      let handled = 0;
      woken = false;
      try {
        handled = await options.tick();
      } catch (error) {
        logger.error({ err: error }, 'scheduled work failed; retrying at the next poll');
      }
      if (handled > 0) idleWait = options.intervalMs;
      else if (!stopped && !woken) {
        await sleep(idleWait);
        idleWait = woken ? options.intervalMs : Math.min(idleWait * 2, idleMax);
      }
    }
  }

  const running = run();
  return {
    async stop() {
      stopped = true;
      unsubscribe?.();
      wake?.();
      await running;
    },
  };
}
