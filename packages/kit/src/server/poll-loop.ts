import type { Logger } from '../logging/logger';

export interface PollLoopOptions {
  name: string;
  intervalMs: number;
  /** Does one batch of due work; returns how many items it handled (0: sleep until the next poll). */
  tick: () => Promise<number>;
  logger: Logger;
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

  async function run(): Promise<void> {
    while (!stopped) {
      let handled = 0;
      try {
        handled = await options.tick();
      } catch (error) {
        logger.error({ err: error }, 'scheduled work failed; retrying at the next poll');
      }
      if (!stopped && handled === 0) await sleep(options.intervalMs);
    }
  }

  const running = run();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await running;
    },
  };
}
