import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The JSON log lines a service of the shared stack wrote (see test-stack.ts). */
export function serviceLogLines(service: string, dataDir = process.env.ECO_DATA_DIR): Record<string, unknown>[] {
  if (!dataDir) throw new Error('ECO_DATA_DIR is not set');
  const file = path.join(dataDir, 'logs', `${service}.log`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
}

/** Log lines of `service` that carry the given request id. */
export function linesWithRequestId(service: string, requestId: string): Record<string, unknown>[] {
  return serviceLogLines(service).filter((line) => line.requestId === requestId);
}

/** Logs are written asynchronously by the services: wait a moment for a line to arrive. */
export async function eventually<T>(probe: () => T, accept: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = probe();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = probe();
  }
  return value;
}
