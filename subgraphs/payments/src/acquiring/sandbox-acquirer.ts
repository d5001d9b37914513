import { randomUUID } from 'node:crypto';
import type { Acquirer, AuthorizeRequest, AuthorizeResult, ProviderResult } from './acquirer';

/** The documented test cards (README.md): what each one answers at authorization. */
export const SANDBOX_CARDS = {
  SUCCESS: '4000000000000002',
  DECLINED: '4000000000000069',
  INSUFFICIENT_FUNDS: '4000000000009995',
  PROVIDER_ERROR: '4000000000000119',
} as const;

const CARD_OUTCOMES: Record<string, 'OK' | 'CARD_DECLINED' | 'INSUFFICIENT_FUNDS' | 'PROVIDER_ERROR'> = {
  [SANDBOX_CARDS.SUCCESS]: 'OK',
  [SANDBOX_CARDS.DECLINED]: 'CARD_DECLINED',
  [SANDBOX_CARDS.INSUFFICIENT_FUNDS]: 'INSUFFICIENT_FUNDS',
  [SANDBOX_CARDS.PROVIDER_ERROR]: 'PROVIDER_ERROR',
};

interface Authorization {
  amountKopecks: number;
  state: 'AUTHORIZED' | 'CAPTURED' | 'CANCELLED';
  refundedKopecks: number;
}

/**
 * An in-process acquirer with predictable answers, for development, demos and tests:
 * - cards: the four documented numbers; any other number is declined (CARD_DECLINED);
 * - SBP and WALLET: succeed unless the amount ends in 13 kopecks (then CARD_DECLINED).
 * It counts its calls, so tests can see "exactly one capture".
 */
export class SandboxAcquirer implements Acquirer {
  readonly calls = { authorize: 0, capture: 0, cancel: 0, refund: 0 };
  private readonly authorizations = new Map<string, Authorization>();

  async authorize(request: AuthorizeRequest): Promise<AuthorizeResult> {
    this.calls.authorize += 1;
    if (request.method === 'CARD') {
      const outcome = CARD_OUTCOMES[(request.card?.number ?? '').replace(/\D/g, '')] ?? 'CARD_DECLINED';
      if (outcome !== 'OK') return { ok: false, code: outcome };
    } else if (request.amountKopecks % 100 === 13) {
      return { ok: false, code: 'CARD_DECLINED' };
    }
    const providerRef = `sandbox-${randomUUID()}`;
    this.authorizations.set(providerRef, { amountKopecks: request.amountKopecks, state: 'AUTHORIZED', refundedKopecks: 0 });
    return { ok: true, providerRef };
  }

  async capture(providerRef: string, amountKopecks: number): Promise<ProviderResult> {
    this.calls.capture += 1;
    const auth = this.authorizations.get(providerRef);
    if (!auth || auth.state !== 'AUTHORIZED' || amountKopecks > auth.amountKopecks) return { ok: false, code: 'PROVIDER_ERROR' };
    auth.state = 'CAPTURED';
    return { ok: true, providerRef };
  }

  async cancel(providerRef: string): Promise<ProviderResult> {
    this.calls.cancel += 1;
    const auth = this.authorizations.get(providerRef);
    if (!auth || auth.state !== 'AUTHORIZED') return { ok: false, code: 'PROVIDER_ERROR' };
    auth.state = 'CANCELLED';
    return { ok: true, providerRef };
  }

  async refund(providerRef: string, amountKopecks: number, refundId: string): Promise<ProviderResult> {
    this.calls.refund += 1;
    const auth = this.authorizations.get(providerRef);
    // After a restart the sandbox forgets its authorizations; refunds of older payments still succeed.
    if (auth) {
      if (auth.state !== 'CAPTURED' || auth.refundedKopecks + amountKopecks > auth.amountKopecks) return { ok: false, code: 'PROVIDER_ERROR' };
      auth.refundedKopecks += amountKopecks;
    }
    return { ok: true, providerRef: `sandbox-refund-${refundId}` };
  }
}

/** Card brand from the number's first digits (what may be kept, with the last 4). */
export function cardBrand(number: string): string {
  const digits = number.replace(/\D/g, '');
  if (/^220[0-4]/.test(digits)) return 'MIR';
  if (digits.startsWith('4')) return 'VISA';
  if (/^5[1-5]/.test(digits) || /^2[2-7]/.test(digits)) return 'MASTERCARD';
  return 'UNKNOWN';
}
