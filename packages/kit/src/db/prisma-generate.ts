import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, mkdir, readFile, rename, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const STUB_SCRIPT = `#!/bin/sh
echo "eco-prisma-generate: Prisma's native schema engine is not installed here; migrations run through @eco/kit's WASM engine" >&2
exit 1
`;

/**
 * `prisma generate` never runs the native schema engine, but the CLI downloads
 * it first unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file, and the
 * download host is unreachable here. A stub that fails loudly if ever run is
 * enough.
 */
async function schemaEngineStub(): Promise<string> {
  const path = join(tmpdir(), 'eco-kit', 'schema-engine-stub');
  try {
    await access(path, constants.X_OK);
    return path;
  } catch {
    await mkdir(dirname(path), { recursive: true });
    // Parallel builds may race here: each writes its own file and renames it
    // into place, so no one ever sees a half-written stub.
    const temporary = `${path}.${process.pid}`;
    await writeFile(temporary, STUB_SCRIPT);
    await chmod(temporary, 0o755);
    await rename(temporary, path);
    return path;
  }
}

/** The generator's `output`, resolved like Prisma does (relative to the schema file). */
function generatedClientDir(schemaFile: string, schema: string): string | null {
  const generator = /generator\s+\w+\s*\{([^}]*)\}/.exec(schema);
  const output = generator ? /^\s*output\s*=\s*"([^"]+)"/m.exec(generator[1]) : null;
  return output ? resolve(dirname(schemaFile), output[1]) : null;
}

async function mtimeMs(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => resolvePromise(code ?? 1));
  });
}

export interface GeneratePrismaClientOptions {
  /** Folder holding `prisma/schema.prisma`. */
  serviceDir: string;
  /** Generate even when the client looks up to date. */
  force?: boolean;
}

export type GenerateOutcome = { status: 'up-to-date' | 'generated'; clientDir: string | null } | { status: 'failed'; exitCode: number };

/** Runs `prisma generate` for one service offline, unless its client is newer than its schema. */
export async function generatePrismaClient({ serviceDir, force = false }: GeneratePrismaClientOptions): Promise<GenerateOutcome> {
  const schemaFile = resolve(serviceDir, 'prisma', 'schema.prisma');
  const clientDir = generatedClientDir(schemaFile, await readFile(schemaFile, 'utf8'));
  // client.ts is written on every generate, so its age stands for the client's.
  const clientFile = clientDir ? join(clientDir, 'client.ts') : null;
  const clientTime = clientFile ? await mtimeMs(clientFile) : null;
  const schemaTime = await mtimeMs(schemaFile);
  if (!force && clientTime !== null && schemaTime !== null && clientTime > schemaTime) {
    return { status: 'up-to-date', clientDir };
  }

  // The service's own prisma first: it must match the @prisma/client it uses.
  const prismaCli = require.resolve('prisma/build/index.js', { paths: [resolve(serviceDir), __dirname] });
  const exitCode = await runNode([prismaCli, 'generate', '--schema', schemaFile], resolve(serviceDir), {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || (await schemaEngineStub()),
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  });
  if (exitCode !== 0) return { status: 'failed', exitCode };

  // File times come from the kernel's coarse clock, so a schema saved within
  // the same tick as the generate can look as new as the client; nudge the
  // client just past the schema so the next build does not redo the work. (Not
  // to Date.now(): that clock runs ahead of file times and could hide an edit
  // made right after this run.)
  const generatedTime = clientFile ? await mtimeMs(clientFile) : null;
  const schemaTimeNow = await mtimeMs(schemaFile);
  if (clientFile && generatedTime !== null && schemaTimeNow !== null && generatedTime <= schemaTimeNow) {
    const justAfterSchema = new Date(Math.floor(schemaTimeNow) + 1);
    await utimes(clientFile, justAfterSchema, justAfterSchema);
  }
  return { status: 'generated', clientDir };
}
