import { parseEmail, parsePhone, type ContactCheck, type ContactCode } from '@eco/kit';
import type { PrismaClient, Recipient as RecipientRecord } from '../generated/prisma/client';
import { failure, problem, success, type NotificationsProblem, type Outcome } from '../problems';

export type { RecipientRecord };
export type ContactLocale = 'RU' | 'EN';

export interface SetContactsInput {
  /** Omitted: unchanged; null or empty: removed (no more email). */
  email?: string | null;
  phone?: string | null;
  locale?: ContactLocale | null;
}

/**
 * Where a user gets email and SMS. Events carry no contacts and identity answers only with the
 * user's own token, so notifications keeps its own copy, set by the user (and the demo seed).
 */
export class ContactsService {
  constructor(private readonly prisma: PrismaClient) {}

  get(userId: string): Promise<RecipientRecord | null> {
    return this.prisma.recipient.findUnique({ where: { userId } });
  }

  async set(userId: string, input: SetContactsInput): Promise<Outcome<RecipientRecord>> {
    const problems: NotificationsProblem[] = [];
    const email = this.normalized(input.email, parseEmail, (code) => problems.push(problem('email', code)));
    const phone = this.normalized(input.phone, parsePhone, (code) => problems.push(problem('phone', code)));
    if (problems.length > 0) return failure(problems);
    const changes = {
      ...(email !== undefined ? { email } : {}),
      ...(phone !== undefined ? { phone } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
    };
    const recipient = await this.prisma.recipient.upsert({
      where: { userId },
      create: { userId, email: email ?? null, phone: phone ?? null, locale: input.locale ?? 'RU' },
      update: changes,
    });
    return success(recipient);
  }

  /** undefined: leave as is; null: clear; otherwise the kit's normalized value (or a problem). */
  private normalized(
    value: string | null | undefined,
    parse: (raw: string) => ContactCheck,
    invalid: (code: ContactCode) => void,
  ): string | null | undefined {
    if (value === undefined) return undefined;
    if (value === null || value.trim() === '') return null;
    const checked = parse(value);
    if (checked.ok) return checked.value;
    invalid(checked.code);
    return null;
  }
}
