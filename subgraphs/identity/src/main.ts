import {
  createLogger,
  createTokenVerifier,
  LocalRevocations,
  mountEventFeed,
  mountRevocationFeed,
  openRedisRevocations,
  startSubgraph,
  subgraphConfigFromEnv,
  type SubgraphConfig,
  runService,
} from '@eco/kit';
import { openIdentityDatabase } from './database';
import { loadIdentityKeys } from './keys/identity-keys';
import { jwksDocument, localKeySource } from './keys/signing-key';
import { oauthTokenHandler, OAUTH_TOKEN_PATH } from './api-clients/oauth-token.route';
import { OAUTH_METADATA_PATH, oauthMetadataHandler, oauthTokenMethodNotAllowed, publicOriginFromEnv } from './api-clients/oauth-metadata.route';
import { HttpApplicationsClient } from './clients/applications-client';
import { createMessageSender, messageSenderFromEnv } from './messaging/message-sender-settings';
import { buildIdentitySchema } from './schema';
import { OutboxService } from './security/outbox.service';
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
    const senderName = messageSenderFromEnv(env, config.production);
    if (config.production && senderName === 'sandbox') {
      logger.warn('MESSAGE_SENDER=sandbox in production: email/SMS codes are only stored in identity.sandbox_message, nobody receives them');
    }
    // Revoked API clients: with Redis every verifier subscribes; without, they long-poll this process.
    const revocations = config.redisUrl
      ? await openRedisRevocations({ redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix ?? 'eco', logger })
      : new LocalRevocations();
    const services = createIdentityServices(prisma, {
      revocations,
      keys,
      accessTokenTtlSeconds: settings.accessTokenTtlSeconds,
      dbSchema: config.dbSchema,
      sender: createMessageSender(senderName, prisma),
      // Employees see the people who applied to their department; applications tells who those are.
      applications: config.subgraphUrls.applications ? new HttpApplicationsClient({ url: config.subgraphUrls.applications }) : undefined,
    });
    await services.apiClients.announceRecentRevocations();
    const outbox = new OutboxService(prisma);
    const { schema } = await buildIdentitySchema();
    const jwks = jwksDocument(keys.signing);
    const server = await startSubgraph({
      name: 'identity',
      port: config.port,
      schema,
      services,
      tokenVerifier: createTokenVerifier(localKeySource(keys.signing), { revocations }),
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      routes: (app) => {
        app.get(JWKS_PATH, (_req, res) => {
          // Verifiers cache it; a short max-age lets a rotated key reach them soon.
          res.set('Cache-Control', 'public, max-age=300').json(jwks);
        });
        // OAuth 2.0 client credentials for third-party API clients (docs: api-clients.md).
        app.post(OAUTH_TOKEN_PATH, oauthTokenHandler(() => services.apiClients));
        app.all(OAUTH_TOKEN_PATH, oauthTokenMethodNotAllowed);
        // RFC 8414 metadata; issuer and endpoints are the gateway's origin, where clients reach them.
        app.get(OAUTH_METADATA_PATH, oauthMetadataHandler({ publicOrigin: publicOriginFromEnv(env), tokenPath: OAUTH_TOKEN_PATH, jwksPath: JWKS_PATH }));
        if (revocations instanceof LocalRevocations) mountRevocationFeed(app, { revocations, token: config.eventFeedToken });
        // Security events for the audit journal, like every producer's outbox feed.
        mountEventFeed(app, {
          source: 'identity',
          token: config.eventFeedToken,
          readAfter: (afterSeq, limit) => outbox.readAfter(afterSeq, limit),
          readHead: () => outbox.head(),
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
