#!/usr/bin/env node
// eco-prisma-generate [serviceDir] [--force]: `prisma generate` for the service
// in serviceDir (default: the current folder), offline and only when needed.
import { generatePrismaClient } from './prisma-generate';

export async function runPrismaGenerateCli(args: string[]): Promise<number> {
  const force = args.includes('--force');
  const [serviceDir = process.cwd(), ...rest] = args.filter((arg) => arg !== '--force');
  if (rest.length > 0 || serviceDir.startsWith('-')) {
    console.error('usage: eco-prisma-generate [serviceDir] [--force]');
    return 2;
  }
  const outcome = await generatePrismaClient({ serviceDir, force });
  if (outcome.status === 'failed') {
    console.error(`eco-prisma-generate: prisma generate exited with code ${outcome.exitCode}`);
    return outcome.exitCode;
  }
  if (outcome.status === 'up-to-date') console.log(`Prisma client in ${outcome.clientDir} is up to date`);
  return 0;
}

if (require.main === module) {
  runPrismaGenerateCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
