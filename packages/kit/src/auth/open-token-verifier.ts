import type { Logger } from '../logging/logger';
import { openRedisRevocations } from './redis-revocations';
import { followRevocationFeed, revocationFeedUrlOf } from './revocation-feed';
import type { RevocationList } from './revocation-list';
import { createTokenVerifier, jwksKeySource, type KeySource, type TokenVerifier } from './token-verifier';

export const DEFAULT_REDIS_KEY_PREFIX = 'eco';

/** What a verifier needs from a service's config (SubgraphConfig and the gateway's both have it). */
export interface VerifierConfig {
  jwksUrl: string;
  redisUrl: string | null;
  redisKeyPrefix?: string;
  /** Internal token: reads identity's revocation feed when there is no Redis. */
  eventFeedToken: string;
}

/** Revoked API clients from Redis (REDIS_URL) or, without it, from identity's revocation feed. */
export async function openRevocationList(config: VerifierConfig, logger: Logger): Promise<RevocationList> {
  if (config.redisUrl) {
    return openRedisRevocations({ redisUrl: config.redisUrl, keyPrefix: config.redisKeyPrefix ?? DEFAULT_REDIS_KEY_PREFIX, logger });
  }
  if (!URL.canParse(config.jwksUrl)) {
    // Only tests that bring their own keys leave identity's address out; nothing can be learnt then.
    logger.warn({ jwksUrl: config.jwksUrl }, 'no identity address: revoked API clients cannot be learnt');
    return NO_REVOCATIONS;
  }
  return followRevocationFeed({ url: revocationFeedUrlOf(config.jwksUrl), token: config.eventFeedToken, logger });
}

const NO_REVOCATIONS: RevocationList = Object.freeze({ isRevoked: () => false, close: async () => undefined });

/**
 * The verifier of the gateway and every subgraph but identity: keys from identity's JWKS (or
 * `keySource`), tokens of revoked API clients refused. close() it on shutdown.
 */
export async function openTokenVerifier(config: VerifierConfig, options: { logger: Logger; keySource?: KeySource }): Promise<TokenVerifier> {
  const revocations = await openRevocationList(config, options.logger);
  return createTokenVerifier(options.keySource ?? jwksKeySource(config.jwksUrl), { revocations });
}
