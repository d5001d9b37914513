import type { Viewer } from '@eco/kit';
import jwt from 'jsonwebtoken';
import { isIP } from 'node:net';
import type { IdentityContext } from '../context';

/** What a request tells about its caller, for session labels and the audit journal. */
export interface RequestMeta {
  requestId: string | null;
  /** The client's own name for the device, else its User-Agent; cut to DEVICE_LABEL_MAX. */
  deviceLabel: string | null;
  /** Masked (see maskIp): the journal must not become a location history. */
  ipMasked: string | null;
}

export const NO_REQUEST: RequestMeta = Object.freeze({ requestId: null, deviceLabel: null, ipMasked: null });
export const DEVICE_LABEL_MAX = 200;

export function requestMeta(ctx: IdentityContext, deviceName?: string | null): RequestMeta {
  const label = deviceName?.trim() || ctx.client?.userAgent?.trim() || null;
  return {
    requestId: ctx.requestId ?? null,
    deviceLabel: label ? label.slice(0, DEVICE_LABEL_MAX) : null,
    ipMasked: maskIp(ctx.client?.ip ?? null),
  };
}

/** IPv4 to its /24 ("203.0.113.x"), IPv6 to its /48; an IPv4-mapped IPv6 address as IPv4. */
export function maskIp(ip: string | null): string | null {
  if (!ip) return null;
  const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  if (isIP(plain) === 4) return `${plain.split('.').slice(0, 3).join('.')}.x`;
  if (isIP(plain) === 6) {
    const [head] = plain.split('::');
    const groups = head.split(':').filter(Boolean).slice(0, 3);
    return `${groups.join(':')}::/48`;
  }
  return null;
}

/**
 * The session (refresh-token family) the caller's access token was issued for. The kit has
 * already verified the token; its `sid` claim is read here rather than widening the kit's Viewer.
 */
export function currentSessionId(viewer: Viewer): string | null {
  if (!viewer.token) return null;
  const claims = jwt.decode(viewer.token);
  return claims && typeof claims === 'object' && typeof claims.sid === 'string' ? claims.sid : null;
}
