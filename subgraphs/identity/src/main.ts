import {
  createLogger,
  createTokenVerifier,
  startSubgraph,
  subgraphConfigFromEnv,
  type SubgraphConfig,
  runService,
} from '@eco/kit';
import { openIdentityDatabase } from './database';
import { loadIdentityKeys } from './keys/identity-keys';
import { jwksDocument, localKeySource } from './keys/signing-key';
import { buildIdentitySchema } from './schema';
import { seedDemoData } from './seed';
import { createIdentityServices } from './services';
import { identitySettingsFromEnv } from './settings';

export const IDENTITY_PORT = 4001;
export const JWKS_PATH = '/.well-known/jwks.json';

export async function startIdentitySubgraph(config: SubgraphConfig, env: NodeJS.ProcessEnv = process.env) {
  const logger = createLogger('identity');
  const settings = identitySettingsFromEnv(env);
  const keys = await loadIdentityKeys({ env, dataDir: config.dataDir, production: config.production });
  const prisma = await openIdentityDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
  try {
    if (config.seedDemoData) await seedDemoData(prisma, logger, keys.documents);
    const services = createIdentityServices(prisma, { keys, accessTokenTtlSeconds: settings.accessTokenTtlSeconds });
    const { schema } = await buildIdentitySchema();
    const jwks = jwksDocument(keys.signing);
    const server = await startSubgraph({
      name: 'identity',
      port: config.port,
      schema,
      services,
      tokenVerifier: createTokenVerifier(localKeySource(keys.signing)),
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      routes: (app) => {
        app.get(JWKS_PATH, (_req, res) => {
          // Verifiers cache it; a short max-age lets a rotated key reach them soon.
          res.set('Cache-Control', 'public, max-age=300').json(jwks);
        });
      },
    });
    return {
      url: server.url,
      port: server.port,
      jwksUrl: `http://localhost:${server.port}${JWKS_PATH}`,
      async stop() {
        await server.stop();
        await prisma.$disconnect();
      },
    };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService('identity', () => startIdentitySubgraph(subgraphConfigFromEnv('identity', IDENTITY_PORT)));
}
