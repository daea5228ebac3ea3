import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { ScryptThreads } from './scrypt-threads.ts';

// scrypt (RFC 7914) from node:crypto. OWASP Password Storage Cheat Sheet: N=2^17, r=8, p=1.
// The parameters are stored with each hash so the cost can be raised later.
const KEY_BYTES = 32;
const R = 8;
const P = 1;

const memoryFor = (n: number, r: number) => 256 * n * r;

/** Hashes and checks passwords on the scrypt threads (never on libuv's shared pool). */
export class PasswordHasher {
  constructor(
    private readonly threads: ScryptThreads,
    private readonly log2N: number,
  ) {}

  async hash(password: string): Promise<string> {
    const n = 2 ** this.log2N;
    const salt = randomBytes(16);
    const key = await this.derive(password, salt, n, R, P);
    return ['scrypt', n, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const [scheme, n, r, p, salt, key] = stored.split('$');
    if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
    const expected = Buffer.from(key, 'base64url');
    const salted = Buffer.from(salt, 'base64url');
    const actual = await this.derive(password, salted, Number(n), Number(r), Number(p));
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  private derive(password: string, salt: Buffer, n: number, r: number, p: number) {
    return this.threads.derive(password.normalize('NFKC'), salt, KEY_BYTES, {
      N: n,
      r,
      p,
      maxmem: memoryFor(n, r) + 1024 * 1024,
    });
  }
}
