import { parseEmail, parsePhone } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import {
  PermanentSendError,
  type Channel,
  type NotificationSender,
  type OutgoingMessage,
  type ProviderStatus,
  type ProviderStatusReport,
} from './notification-sender';
import { sandboxBehaviour } from './sandbox-test-values';

const FAILURE_DETAIL: Record<Channel, { permanent: string; temporary: string }> = {
  EMAIL: {
    permanent: 'sandbox: 550 5.1.1 mailbox does not exist (hard bounce)',
    temporary: 'sandbox: 451 4.2.1 mailbox temporarily unavailable, try again later',
  },
  SMS: {
    permanent: 'sandbox: number is not in service',
    temporary: 'sandbox: subscriber unreachable (phone off or out of coverage)',
  },
};

/**
 * The development and test provider for email and SMS: nothing leaves the machine. Messages are
 * recorded in `sandbox_message`, and each moves through a real provider's lifecycle, one step
 * per status() call: created → sending → delivered | permanent-failure | temporary-failure.
 * Which outcome depends on the documented test addresses (sandbox-test-values.ts, README.md).
 */
export class SandboxSender implements NotificationSender {
  readonly provider = 'sandbox';

  constructor(
    private readonly prisma: PrismaClient,
    readonly channel: Channel,
  ) {}

  async send(message: OutgoingMessage): Promise<{ providerMessageId: string }> {
    if (message.channel !== this.channel) throw new PermanentSendError(`sandbox ${this.channel} sender cannot send ${message.channel}`);
    // Like a real provider, refuses what is not an address at all, by the rules contacts are stored under.
    const valid = (this.channel === 'EMAIL' ? parseEmail(message.to) : parsePhone(message.to)).ok;
    if (!valid) throw new PermanentSendError(`sandbox: invalid ${this.channel === 'EMAIL' ? 'email address' : 'phone number'}`);
    const previous = await this.prisma.sandboxMessage.count({ where: { reference: message.reference } });
    const row = await this.prisma.sandboxMessage.create({
      data: {
        channel: this.channel,
        recipient: message.to,
        subject: message.subject,
        text: message.text,
        reference: message.reference,
        attempt: previous + 1,
        status: 'created',
      },
      select: { id: true },
    });
    return { providerMessageId: row.id };
  }

  async status(providerMessageId: string): Promise<ProviderStatusReport> {
    const message = await this.prisma.sandboxMessage.findUnique({ where: { id: providerMessageId } });
    if (!message) throw new Error(`sandbox: unknown message ${providerMessageId}`);
    const current = message.status as ProviderStatus;
    if (current !== 'created' && current !== 'sending') return this.report(current);
    const next: ProviderStatus = current === 'created' ? 'sending' : this.outcome(message.recipient, message.attempt);
    await this.prisma.sandboxMessage.update({ where: { id: providerMessageId }, data: { status: next } });
    return this.report(next);
  }

  private outcome(recipient: string, attempt: number): ProviderStatus {
    switch (sandboxBehaviour(this.channel, recipient)) {
      case 'permanent-failure':
        return 'permanent-failure';
      case 'temporary-failure-once':
        return attempt === 1 ? 'temporary-failure' : 'delivered';
      case 'temporary-failure-always':
        return 'temporary-failure';
      default:
        return 'delivered';
    }
  }

  private report(status: ProviderStatus): ProviderStatusReport {
    const detail =
      status === 'permanent-failure'
        ? FAILURE_DETAIL[this.channel].permanent
        : status === 'temporary-failure'
          ? FAILURE_DETAIL[this.channel].temporary
          : null;
    return { status, detail };
  }
}
