import { createLogger } from '../src/logging/logger';
import { startPollLoop } from '../src/server/poll-loop';

const logger = createLogger('test', 'silent');

describe('poll loop', () => {
  it('waits ever longer while idle, and runs at once when woken', async () => {
    const ticks: number[] = [];
    const started = Date.now();
    let wake: () => void = () => undefined;
    let pending = 0;
    const loop = startPollLoop({
      name: 'test',
      intervalMs: 20,
      idleMaxMs: 160,
      logger,
      wakeOn: (w) => ((wake = w), () => (wake = () => undefined)),
      tick: async () => {
        ticks.push(Date.now() - started);
        const handled = pending;
        pending = 0;
        return handled;
      },
    });
    await new Promise((r) => setTimeout(r, 700));
    const idleTicks = ticks.length;
    // 20, 40, 80, 160, 160… ms apart: about 7 in 700 ms, where a steady 20 ms poll makes about 35.
    expect(idleTicks).toBeGreaterThanOrEqual(4);
    expect(idleTicks).toBeLessThanOrEqual(9);
    pending = 1;
    const wokenAt = Date.now() - started;
    wake();
    await new Promise((r) => setTimeout(r, 30));
    expect(ticks.slice(idleTicks).some((at) => at >= wokenAt && at - wokenAt < 20)).toBe(true);
    await loop.stop();
  });

  it('polls steadily without idleMaxMs, and stops between ticks', async () => {
    let ticks = 0;
    const loop = startPollLoop({ name: 'steady', intervalMs: 20, logger, tick: async () => ((ticks += 1), 0) });
    await new Promise((r) => setTimeout(r, 300));
    await loop.stop();
    const atStop = ticks;
    expect(atStop).toBeGreaterThanOrEqual(8);
    await new Promise((r) => setTimeout(r, 100));
    expect(ticks).toBe(atStop);
  });
});
