import { afterAll, describe, expect, it } from 'vitest';
import { PasswordHasher } from './password.ts';
import { ScryptThreads } from './scrypt-threads.ts';

const threads = new ScryptThreads(1);
afterAll(() => threads.close());

describe('password hashing', () => {
  it('verifies the right password, refuses a wrong one, and salts every hash', async () => {
    const hasher = new PasswordHasher(threads, 14);
    const first = await hasher.hash('correct horse battery');
    const second = await hasher.hash('correct horse battery');
    expect(first).not.toBe(second);
    expect(first.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await hasher.verify('correct horse battery', first)).toBe(true);
    expect(await hasher.verify('correct horse batterY', first)).toBe(false);
    expect(await hasher.verify('anything', 'not-a-hash')).toBe(false);
  });

  it('reads a hash made with other parameters', async () => {
    const cheap = await new PasswordHasher(threads, 14).hash('correct horse battery');
    expect(await new PasswordHasher(threads, 15).verify('correct horse battery', cheap)).toBe(true);
  });
});
