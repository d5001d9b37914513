import { spawn, type ChildProcess } from 'node:child_process';

export interface ServiceProcessOptions {
  name: string;
  script: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  /** URL answering 200 once the service can take requests. */
  readyUrl: string;
  /** Where its output goes, one line at a time. */
  onLine: (service: string, line: string) => void;
  readyTimeoutMs?: number;
}

export interface ServiceProcess {
  readonly name: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
  /** SIGKILL: no shutdown at all, as a crash (fault tests). */
  kill(): Promise<void>;
}

// Generous: on 2 shared cores, ten services migrating (one at a time: Prisma locks the database) and seeding take a while.
export const DEFAULT_READY_TIMEOUT_MS = 120_000;
const POLL_INTERVAL_MS = 100;

// Whatever happens to the parent (a test runner that gives up, Ctrl-C), no service outlives it:
// one exit handler for all of them (a listener each would pass Node's limit of ten).
const runningChildren = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of runningChildren) child.kill('SIGKILL');
});

/** Starts one of our services as a real Node process and resolves once it reports ready. */
export async function startServiceProcess(options: ServiceProcessOptions): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [options.script, ...(options.args ?? [])], {
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  forwardLines(child, options);
  let exited: number | null | undefined;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', (code) => ((exited = code), resolve())));
  runningChildren.add(child);
  void exitedPromise.then(() => runningChildren.delete(child));

  const deadline = Date.now() + (options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS);
  while (!(await isReady(options.readyUrl))) {
    if (exited !== undefined) throw new Error(`${options.name} exited with code ${exited} before it was ready`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.name} was not ready at ${options.readyUrl} in time`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }

  return {
    name: options.name,
    pid: child.pid,
    async stop() {
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exitedPromise;
      clearTimeout(timer);
    },
    async kill() {
      if (exited !== undefined) return;
      child.kill('SIGKILL');
      await exitedPromise;
    },
  };
}

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

function forwardLines(child: ChildProcess, options: ServiceProcessOptions): void {
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line) options.onLine(options.name, line);
    });
  }
}
