import { hash, verify, type Algorithm } from '@node-rs/argon2';

// The library's `Algorithm` is a const enum: erased at runtime, so transpilers that compile file by
// file (swc in tests) cannot read `Algorithm.Argon2id`. 2 is its Argon2id.
const ARGON2ID = 2 as Algorithm;

/**
 * OWASP's Argon2id profile at 64 MiB: 3 passes, 4 lanes. (@node-rs/argon2 ships per-platform
 * binaries through npm; the `argon2` package's bundled prebuild crashed on our Debian machines.)
 */
export const ARGON2ID_OPTIONS = { algorithm: ARGON2ID, memoryCost: 65_536, timeCost: 3, parallelism: 4 } as const;

/** Argon2id password hashes in the standard PHC string format ($argon2id$v=19$m=65536,t=3,p=4$…). */
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2ID_OPTIONS);
  }

  async verify(stored: string, password: string): Promise<boolean> {
    try {
      return await verify(stored, password);
    } catch {
      // A malformed stored hash means "cannot sign in with a password", not a server error.
      return false;
    }
  }

  /**
   * Spends the same time as a real check, for logins that match no account: otherwise the
   * response time alone would tell an attacker which logins exist.
   */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('no account has this password');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
