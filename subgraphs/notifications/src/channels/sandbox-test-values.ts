import type { Channel } from './notification-sender';

/** How the sandbox provider treats a message to a given address (see README.md). */
export type SandboxBehaviour =
  /** created → sending → delivered */
  | 'deliver'
  /** created → sending → permanent-failure (hard bounce, unknown subscriber) */
  | 'permanent-failure'
  /** temporary-failure on the first attempt, delivered on a retry */
  | 'temporary-failure-once'
  /** temporary-failure on every attempt: the delivery gives up after its last retry */
  | 'temporary-failure-always';

/** The documented test addresses and numbers; anything else is delivered. */
export const SANDBOX_TEST_VALUES: Record<Channel, Readonly<Record<string, SandboxBehaviour>>> = {
  EMAIL: {
    'bounce@sandbox.gosuslugi.local': 'permanent-failure',
    'tempfail@sandbox.gosuslugi.local': 'temporary-failure-once',
    'tempfail-always@sandbox.gosuslugi.local': 'temporary-failure-always',
  },
  SMS: {
    '+79990009990': 'permanent-failure',
    '+79990009999': 'temporary-failure-once',
    '+79990009998': 'temporary-failure-always',
  },
};

export function sandboxBehaviour(channel: Channel, address: string): SandboxBehaviour {
  const key = channel === 'EMAIL' ? address.trim().toLowerCase() : address.trim();
  return SANDBOX_TEST_VALUES[channel][key] ?? 'deliver';
}
