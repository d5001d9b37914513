import { existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generatePrismaClient } from '../../src/db/prisma-generate';
import { createTempService, removeTempService, type TempService } from './temp-service';

jest.setTimeout(60_000);

const MODELS = `model KitThing {
  id Int @id @default(autoincrement())
}
`;

let service: TempService;

beforeEach(async () => {
  service = await createTempService(MODELS);
});

afterEach(async () => {
  await removeTempService(service);
});

it('generates the client offline, then skips while it is newer than the schema', async () => {
  const clientDir = join(service.dir, 'src', 'generated', 'prisma');

  expect(await generatePrismaClient({ serviceDir: service.dir })).toEqual({ status: 'generated', clientDir });
  expect(existsSync(join(clientDir, 'client.ts'))).toBe(true);
  expect(await generatePrismaClient({ serviceDir: service.dir })).toEqual({ status: 'up-to-date', clientDir });
});

it('reports a failed generate with prisma exit code', async () => {
  await appendFile(service.schemaFile, 'model Broken {\n');

  const outcome = await generatePrismaClient({ serviceDir: service.dir });

  expect(outcome).toEqual({ status: 'failed', exitCode: expect.any(Number) });
  expect(outcome.status === 'failed' && outcome.exitCode).not.toBe(0);
});
