import type { Logger } from '@eco/kit';

export interface PollLoop {
  stop(): Promise<void>;
}

/**
 * A small in-process scheduler (as in notifications): runs `tick` at once and then every
 * `intervalMs`. An error is logged and retried at the next tick; stop() waits for a running tick.
 */
export function startPollLoop(options: { name: string; intervalMs: number; tick: () => Promise<number>; logger: Logger }): PollLoop {
  const logger = options.logger.child({ loop: options.name });
  let stopped = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });
  async function run(): Promise<void> {
    while (!stopped) {
      try {
        await options.tick();
      } catch (error) {
        logger.error({ err: error }, 'scheduled work failed; retrying at the next tick');
      }
      if (!stopped) await sleep(options.intervalMs);
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
