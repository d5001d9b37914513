import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The getting-started client third-party developers copy (examples/api-client). */
export const EXAMPLE_CLIENT_DIR = path.resolve(__dirname, '../../examples/api-client');

export interface WebhookToVerify {
  secret: string;
  body: string;
  timestamp: string | undefined;
  signature: string | undefined;
  /** Milliseconds, as Date.now(); the receiver's clock. */
  now?: number;
}

/**
 * Runs the example's own verification helper (verify-webhook.mjs, plain ESM) in a Node process,
 * so the tests check exactly the code a developer copies.
 */
export function verifyWithExampleHelper(delivery: WebhookToVerify): { ok: boolean; reason?: string } {
  const helper = JSON.stringify(pathToFileURL(path.join(EXAMPLE_CLIENT_DIR, 'verify-webhook.mjs')).href);
  const script = `import { readFileSync } from 'node:fs';
    import { verifyWebhook } from ${helper};
    process.stdout.write(JSON.stringify(verifyWebhook(JSON.parse(readFileSync(0, 'utf8')))));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(delivery), encoding: 'utf8' }));
}

export interface ExampleRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node examples/api-client/index.mjs` with the given env and arguments. */
export function runExampleClient(env: Record<string, string>, args: string[] = [], options: { onStdout?: (text: string) => void; timeoutMs?: number } = {}): Promise<ExampleRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [path.join(EXAMPLE_CLIENT_DIR, 'index.mjs'), ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: options.timeoutMs ?? 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
    child.stdout?.on('data', (chunk: Buffer | string) => options.onStdout?.(String(chunk)));
  });
}
