import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildNotificationsSchema } from './schema';

/** Writes the subgraph SDL snapshot that composition reads. */
export const SDL_FILE = path.resolve(__dirname, '../../../schema/subgraphs/notifications.graphql');

export async function printSdl(): Promise<void> {
  const { sdl } = await buildNotificationsSchema();
  await mkdir(path.dirname(SDL_FILE), { recursive: true });
  await writeFile(SDL_FILE, sdl);
  console.log(`notifications SDL written to ${SDL_FILE}`);
}

if (require.main === module) {
  printSdl().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
