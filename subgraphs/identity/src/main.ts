import {
  createLogger,
  createTokenVerifier,
  LocalRevocations,
  mountRevocationFeed,
  openRedisRevocations,
  runService,
  startSubgraph,
  subgraphConfigFromEnv,
  type SubgraphConfig,
} from '@eco/kit';
import { oauthTokenHandler, OAUTH_TOKEN_PATH } from './api-clients/oauth-token.route';
import { OAUTH_METADATA_PATH, oauthMetadataHandler, oauthTokenMethodNotAllowed, publicOriginFromEnv } from './api-clients/oauth-metadata.route';
import { HttpApplicationsClient } from './clients/applications-client';
import { openIdentityDatabase } from './database';
import { loadIdentityKeys } from './keys/identity-keys';
import { jwksDocument, localKeySource } from './keys/signing-key';
import { createMessageSender, messageSenderFromEnv } from './messaging/message-sender-settings';
import { buildIdentitySchema } from './schema';
import { seedDemoData } from './seed';
import { createIdentityServices, type IdentityServices } from './services';
import { identitySettingsFromEnv } from './settings';

export const IDENTITY_PORT = 4001;
export const SOURCE = 'identity';
export const JWKS_PATH = '/.well-known/jwks.json';

export interface RunningIdentity {
  url: string;
  port: number;
  services: IdentityServices;
  /** Where this process publishes its signing keys. */
  jwksUrl: string;
  stop(): Promise<void>;
}

/**
 * Migrates, optionally seeds, and serves the identity subgraph: GraphQL, JWKS, OAuth client
 * credentials, its /events feed (security events) and, without Redis, the revocation feed.
 */
export async function startIdentitySubgraph(config: SubgraphConfig, env: NodeJS.ProcessEnv = process.env): Promise<RunningIdentity> {
  const logger = createLogger(SOURCE);
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
    const tokenVerifier = createTokenVerifier(localKeySource(keys.signing), { revocations });
    const { schema } = await buildIdentitySchema();
    const jwks = jwksDocument(keys.signing);
    const server = await startSubgraph({
      name: SOURCE,
      port: config.port,
      schema,
      services,
      tokenVerifier,
      logger,
      readiness: () => prisma.$queryRaw`SELECT 1`,
      production: config.production,
      config,
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
      },
      outbox: { outbox: services.outbox, db: prisma },
      onStop: () => prisma.$disconnect(),
    });
    return { url: server.url, port: server.port, services, jwksUrl: `http://localhost:${server.port}${JWKS_PATH}`, stop: () => server.stop() };
  } catch (error) {
    await prisma.$disconnect();
    throw error;
  }
}

if (require.main === module) {
  runService(SOURCE, () => startIdentitySubgraph(subgraphConfigFromEnv(SOURCE, IDENTITY_PORT)));
}
