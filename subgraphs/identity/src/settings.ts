import { DEFAULT_ACCESS_TOKEN_TTL_SECONDS } from './auth/access-token-issuer';

/** identity's own environment, beside the kit's SubgraphConfig. */
export interface IdentitySettings {
  accessTokenTtlSeconds: number;
}

export function identitySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): IdentitySettings {
  const raw = env.ACCESS_TOKEN_TTL_SECONDS;
  const ttl = raw === undefined || raw === '' ? DEFAULT_ACCESS_TOKEN_TTL_SECONDS : Number(raw);
  if (!Number.isInteger(ttl) || ttl <= 0) {
    throw new Error(`identity: ACCESS_TOKEN_TTL_SECONDS must be a positive whole number of seconds (got "${raw}")`);
  }
  return { accessTokenTtlSeconds: ttl };
}
