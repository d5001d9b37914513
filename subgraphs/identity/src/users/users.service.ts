import { uniqueViolationOn, type Locale, type Role } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import type { PasswordHasher } from '../auth/password-hasher';
import { failure, identityProblem, success, type IdentityProblem, type Outcome } from '../problems';
import { normalizeRegistration, storedPhone, validateRegistration, type RegistrationData } from './registration';

/** A user as the rest of identity sees it: no password hash, no lockout state. */
export interface UserRecord {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  /** Calendar date at UTC midnight (PostgreSQL `date`). */
  birthDate: Date;
  email: string;
  phone: string;
  roles: Role[];
  departmentId: string | null;
  createdAt: Date;
  /** Null until the owner confirms the email with the code sent there. */
  emailConfirmedAt: Date | null;
  /** Second factors that are on (see MfaService). */
  totpEnabledAt: Date | null;
  smsMfaEnabledAt: Date | null;
  /** A sandbox (test) citizen (docs/api-clients.md). */
  sandbox: boolean;
}

export const USER_SELECT = {
  id: true,
  lastName: true,
  firstName: true,
  middleName: true,
  birthDate: true,
  email: true,
  phone: true,
  roles: true,
  departmentId: true,
  createdAt: true,
  emailConfirmedAt: true,
  totpEnabledAt: true,
  smsMfaEnabledAt: true,
  sandbox: true,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that can exist: anything else is simply not found (rather than a database error). */
export const isUserId = (id: string): boolean => UUID.test(id);

/** Runs after an account is created (identity sends the email confirmation code). */
export type OnRegistered = (user: UserRecord, locale: Locale) => Promise<unknown>;

export class UsersService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly passwords: PasswordHasher,
    private readonly now: () => Date,
    private readonly onRegistered: OnRegistered = async () => undefined,
  ) {}

  async findByIds(ids: readonly string[]): Promise<UserRecord[]> {
    const valid = ids.filter(isUserId);
    if (valid.length === 0) return [];
    return this.prisma.user.findMany({ where: { id: { in: valid } }, select: USER_SELECT });
  }

  async findById(id: string): Promise<UserRecord | null> {
    return (await this.findByIds([id]))[0] ?? null;
  }

  /** A new citizen account; nothing is stored unless every field is valid and unique. */
  async register(input: RegistrationData, locale: Locale = 'ru'): Promise<Outcome<UserRecord>> {
    const data = normalizeRegistration(input);
    const invalid = validateRegistration(data, this.now());
    // A valid email or phone is checked for duplicates even when other fields are wrong,
    // so the form shows every problem in one round.
    const emailValid = !invalid.some((p) => p.field === 'email');
    const phone = invalid.some((p) => p.field === 'phone') ? null : storedPhone(data.phone);
    const taken = await this.takenContacts(emailValid ? data.email : null, phone);
    if (invalid.length > 0 || taken.length > 0) return failure([...invalid, ...taken]);

    const passwordHash = await this.passwords.hash(data.password);
    try {
      const user = await this.prisma.user.create({
        data: {
          lastName: data.lastName,
          firstName: data.firstName,
          middleName: data.middleName ?? null,
          birthDate: new Date(`${data.birthDate}T00:00:00Z`),
          email: data.email,
          phone: phone as string,
          passwordHash,
          roles: ['CITIZEN'],
        },
        select: USER_SELECT,
      });
      // Created unconfirmed (emailConfirmedAt null); the account works meanwhile, `me` tells.
      await this.onRegistered(user, locale);
      return success(user);
    } catch (error) {
      // Someone registered the same contact between our check and this insert.
      const columns = uniqueViolationOn(error, ['email', 'phone']);
      if (!columns?.length) throw error;
      return failure(contactProblems(columns));
    }
  }

  private async takenContacts(email: string | null, phone: string | null): Promise<IdentityProblem[]> {
    const conditions = [...(email ? [{ email }] : []), ...(phone ? [{ phone }] : [])];
    if (conditions.length === 0) return [];
    const existing = await this.prisma.user.findMany({ where: { OR: conditions }, select: { email: true, phone: true } });
    const columns = [
      ...(email && existing.some((u) => u.email === email) ? ['email'] : []),
      ...(phone && existing.some((u) => u.phone === phone) ? ['phone'] : []),
    ];
    return contactProblems(columns);
  }
}

function contactProblems(columns: readonly string[]): IdentityProblem[] {
  return columns.map((column) => identityProblem(column, column === 'email' ? 'EMAIL_TAKEN' : 'PHONE_TAKEN'));
}
