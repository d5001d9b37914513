/**
 * The card/SBP/wallet provider behind payments. Services depend on this interface only, so a
 * real acquirer replaces the sandbox without touching business rules. Card details go to the
 * provider and never further: callers keep only `last4` and `brand`.
 */
export type AcquirerMethod = 'CARD' | 'SBP' | 'WALLET';

export interface CardDetails {
  number: string;
  expiry: string;
  cvc: string;
}

export type AcquirerFailureCode = 'CARD_DECLINED' | 'INSUFFICIENT_FUNDS' | 'PROVIDER_ERROR';

export type AuthorizeResult =
  | { ok: true; providerRef: string }
  | { ok: false; code: AcquirerFailureCode };

export type ProviderResult = { ok: true; providerRef: string } | { ok: false; code: AcquirerFailureCode };

export interface AuthorizeRequest {
  /** Our payment id: the provider's idempotency key, so a retried call does not charge twice. */
  paymentId: string;
  method: AcquirerMethod;
  amountKopecks: number;
  card?: CardDetails;
}

export interface Acquirer {
  authorize(request: AuthorizeRequest): Promise<AuthorizeResult>;
  capture(providerRef: string, amountKopecks: number): Promise<ProviderResult>;
  /** Releases an authorization that will not be captured. */
  cancel(providerRef: string): Promise<ProviderResult>;
  refund(providerRef: string, amountKopecks: number, refundId: string): Promise<ProviderResult>;
}
