import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiClientsService } from './api-clients.service';

export const OAUTH_TOKEN_PATH = '/oauth/token';
const MAX_BODY_BYTES = 16 * 1024;

type OAuthError = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'invalid_scope' | 'unsupported_grant_type';

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

const oauthError = (status: number, error: OAuthError, description: string, headers?: Record<string, string>): Answer => ({
  status,
  body: { error, error_description: description },
  headers,
});

/** RFC 6749 §2.3.1: `Basic base64(urlencode(id):urlencode(secret))`; null when the header is not Basic. */
function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | 'malformed' | null {
  if (!header) return null;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!match) return /^Basic\b/i.test(header.trim()) ? 'malformed' : null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'malformed';
  try {
    return { clientId: decodeURIComponent(decoded.slice(0, colon)), clientSecret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    return 'malformed';
  }
}

/**
 * The OAuth 2.0 token endpoint, client credentials grant only (RFC 6749 §4.4). Errors follow
 * §5.2; a failed client authentication is 401 with `WWW-Authenticate: Basic`.
 */
export async function answerTokenRequest(
  apiClients: ApiClientsService,
  request: { contentType: string | undefined; authorization: string | undefined; body: string },
): Promise<Answer> {
  if (!/^application\/x-www-form-urlencoded\b/i.test(request.contentType ?? '')) {
    return oauthError(400, 'invalid_request', 'The body must be application/x-www-form-urlencoded');
  }
  const params = new URLSearchParams(request.body);
  for (const name of ['grant_type', 'scope', 'client_id', 'client_secret']) {
    if (params.getAll(name).length > 1) return oauthError(400, 'invalid_request', `Parameter ${name} given more than once`);
  }
  const grantType = params.get('grant_type');
  if (!grantType) return oauthError(400, 'invalid_request', 'grant_type is required');
  if (grantType !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported');

  const basic = basicCredentials(request.authorization);
  const inBody = params.has('client_id') || params.has('client_secret');
  const challenge = { 'WWW-Authenticate': 'Basic realm="eco", charset="UTF-8"' };
  if (basic === 'malformed') return oauthError(401, 'invalid_client', 'Malformed Basic credentials', challenge);
  if (basic && inBody) return oauthError(400, 'invalid_request', 'Send the client credentials either by HTTP Basic or in the body, not both');
  const credentials = basic ?? { clientId: params.get('client_id') ?? '', clientSecret: params.get('client_secret') ?? '' };
  if (!credentials.clientId || !credentials.clientSecret) return oauthError(401, 'invalid_client', 'Client authentication required', challenge);

  const scope = params.get('scope');
  const result = await apiClients.exchange(credentials.clientId, credentials.clientSecret, scope ?? undefined);
  if (!result.ok) {
    return result.error === 'invalid_client' ? oauthError(401, 'invalid_client', result.description, challenge) : oauthError(400, result.error, result.description);
  }
  return {
    status: 200,
    body: { access_token: result.token.token, token_type: 'Bearer', expires_in: result.token.expiresInSeconds, scope: result.scopes.join(' ') },
  };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Express-style handler for POST /oauth/token. */
export function oauthTokenHandler(apiClients: () => ApiClientsService) {
  return async (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    try {
      const body = await readBody(req);
      const answer =
        body === null
          ? oauthError(400, 'invalid_request', 'Body too large')
          : await answerTokenRequest(apiClients(), { contentType: req.headers['content-type'], authorization: req.headers.authorization, body });
      // §5.1: token responses must not be cached.
      res.writeHead(answer.status, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', Pragma: 'no-cache', ...answer.headers });
      res.end(JSON.stringify(answer.body));
    } catch (error) {
      next(error);
    }
  };
}
