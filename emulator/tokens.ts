/** Registry passwords handed out by GetAuthorizationToken, each with an expiry on the emulator clock. */
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock.js';

export type TokenCheck = 'valid' | 'expired' | 'unknown';

export class TokenStore {
  readonly #expiries = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
  ) {}

  issue(): { password: string; expiresAt: number } {
    // Real passwords are long opaque base64 blobs; length matters to clients that mask or log them.
    const password = randomBytes(96).toString('base64');
    const expiresAt = this.clock.now() + this.ttlMs;
    this.#expiries.set(password, expiresAt);
    return { password, expiresAt };
  }

  check(password: string): TokenCheck {
    const expiresAt = this.#expiries.get(password);
    if (expiresAt === undefined) return 'unknown';
    return this.clock.now() < expiresAt ? 'valid' : 'expired';
  }
}
