import { freePort } from '@eco/stack';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = require.resolve('@eco/stack/dist/embedded-database-cli.js');

export interface OwnPostgres {
  /** The server's `postgres` database URL (startTestStack creates the stack's database from it). */
  serverUrl: string;
  /** Stops it (a clean shutdown), runs `whileDown`, starts it again on the same port and data. */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL of a scenario's own (the embedded one, as a process: Jest cannot load the ESM-only
 * package in-process), so that restarting it disturbs no other test.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'eco-own-pg-'));
  // As root, PostgreSQL runs as the postgres user, who must be able to pass through this folder.
  chmodSync(dataDir, 0o711);
  let child: ChildProcess | null = null;
  let serverUrl = '';

  async function start(): Promise<void> {
    const started = spawn(process.execPath, [CLI, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    let errors = '';
    started.stderr?.on('data', (chunk) => (errors += String(chunk)));
    serverUrl = await new Promise<string>((resolve, reject) => {
      let output = '';
      started.stdout?.on('data', (chunk) => {
        output += String(chunk);
        const ready = /ready (\S+)/.exec(output);
        if (ready) resolve(ready[1]);
      });
      started.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with ${code}: ${errors}`)));
    });
  }
  async function stop(): Promise<void> {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  }
  await start();
  return {
    get serverUrl() {
      return serverUrl;
    },
    async restart(whileDown) {
      await stop();
      await whileDown?.();
      await start();
    },
    stop,
  };
}
