import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@eco/stack';

export interface TestNatsServer {
  url: string;
  /** Stops it (SIGTERM) and starts it again on the same port and store: a NATS restart. */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A NATS server of a scenario's own (JetStream, a fresh store), so restarting it disturbs nothing
 * else. Needs the nats-server binary (NATS_SERVER_BIN; CI has Debian's).
 */
export async function startTestNatsServer(): Promise<TestNatsServer> {
  const binary = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';
  const port = await freePort();
  const store = mkdtempSync(path.join(tmpdir(), 'eco-nats-'));
  let child: ChildProcess | null = null;

  async function start(): Promise<void> {
    child = spawn(binary, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !(await answers(port)); i++) await new Promise((r) => setTimeout(r, 50));
    if (!(await answers(port))) throw new Error(`nats-server did not start on ${port}`);
  }
  async function stop(): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
    child = null;
  }
  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    async restart(whileDown) {
      await stop();
      await whileDown?.();
      await start();
    },
    stop,
  };
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('data', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
