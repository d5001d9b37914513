import type { PrismaClient } from '../generated/prisma/client';
import type { MessageSender, OutgoingMessage } from './message-sender';

/**
 * The development and test operator: nothing leaves the machine; each message is a row of
 * `sandbox_message` in identity's own schema. It stands for the SMS/email operator, so it is
 * the one place where a code exists in plain text (README: how to read codes in development).
 */
export class SandboxSender implements MessageSender {
  readonly name = 'sandbox';

  constructor(private readonly prisma: PrismaClient) {}

  async send(message: OutgoingMessage): Promise<void> {
    await this.prisma.sandboxMessage.create({
      data: { channel: message.channel, recipient: message.to, purpose: message.purpose, text: message.text },
    });
  }
}
