import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a download link works: long enough to click, short enough that a leaked one soon dies. */
export const LINK_TTL_MS = 5 * 60_000;

export type LinkKind = 'documents' | 'issued-documents';

export type LinkCheck = { ok: true; readerId: string | null } | { ok: false; reason: 'LINK_INVALID' | 'LINK_EXPIRED' };

/**
 * Short-lived signed download links: `/<kind>/<id>/content?expires=<unix s>[&reader=<id>]&signature=<HMAC>`,
 * relative to the gateway's origin. The HMAC-SHA256 covers the kind, the id, the expiry and the
 * reader (the person the link was made for: a read through it is journalled as theirs), so none
 * of them can be changed. Checking needs no database, so a bad link reveals nothing.
 */
export class SignedLinks {
  constructor(
    private readonly key: Buffer,
    private readonly now: () => Date,
  ) {}

  link(kind: LinkKind, id: string, readerId: string | null): { url: string; expiresAt: Date } {
    const expires = Math.floor((this.now().getTime() + LINK_TTL_MS) / 1000);
    const query = new URLSearchParams({ expires: String(expires) });
    if (readerId) query.set('reader', readerId);
    query.set('signature', this.signature(kind, id, expires, readerId));
    return { url: `/${kind}/${id}/content?${query.toString()}`, expiresAt: new Date(expires * 1000) };
  }

  check(kind: LinkKind, id: string, query: Record<string, unknown>): LinkCheck {
    const { expires, reader, signature } = query;
    if (typeof expires !== 'string' || !/^\d{1,12}$/.test(expires) || typeof signature !== 'string') return { ok: false, reason: 'LINK_INVALID' };
    if (reader !== undefined && typeof reader !== 'string') return { ok: false, reason: 'LINK_INVALID' };
    const readerId = reader ?? null;
    const expected = Buffer.from(this.signature(kind, id, Number(expires), readerId));
    const presented = Buffer.from(signature);
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return { ok: false, reason: 'LINK_INVALID' };
    if (Number(expires) * 1000 < this.now().getTime()) return { ok: false, reason: 'LINK_EXPIRED' };
    return { ok: true, readerId };
  }

  private signature(kind: LinkKind, id: string, expires: number, readerId: string | null): string {
    return createHmac('sha256', this.key).update(`${kind}\n${id}\n${expires}\n${readerId ?? ''}`).digest('base64url');
  }
}
