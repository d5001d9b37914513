import type { PrismaClient } from '../generated/prisma/client';
import type { MessageSender } from './message-sender';
import { SandboxSender } from './sandbox-sender';

export const MESSAGE_SENDERS = ['sandbox'] as const;
export type MessageSenderName = (typeof MESSAGE_SENDERS)[number];

/**
 * MESSAGE_SENDER picks the operator; only the sandbox exists so far. In production it must be
 * named explicitly: codes that silently land in a table instead of people's phones would look
 * like a working login while nobody can sign in.
 */
export function messageSenderFromEnv(env: NodeJS.ProcessEnv, production: boolean): MessageSenderName {
  const raw = env.MESSAGE_SENDER?.trim();
  if (!raw) {
    if (production) {
      throw new Error('identity: set MESSAGE_SENDER in production (only "sandbox" exists: codes are kept in identity.sandbox_message)');
    }
    return 'sandbox';
  }
  if (!(MESSAGE_SENDERS as readonly string[]).includes(raw)) {
    throw new Error(`identity: MESSAGE_SENDER must be one of ${MESSAGE_SENDERS.join(', ')} (got "${raw}")`);
  }
  return raw as MessageSenderName;
}

export function createMessageSender(_name: MessageSenderName, prisma: PrismaClient): MessageSender {
  return new SandboxSender(prisma);
}
