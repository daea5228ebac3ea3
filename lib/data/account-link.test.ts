import { describe, expect, it } from 'vitest';
import { isAccountAthlete, markAccountAthlete } from './account-link';

/** The part of the Web Storage interface the module uses, kept in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  } as Storage;
}

describe('which athletes on this device belong to an account', () => {
  const a = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
  const b = '0b5c8e1e-7a44-4c1b-9a51-2f7f3f0e9d11';

  it('remembers each athlete once', () => {
    const storage = memoryStorage();
    expect(isAccountAthlete(storage, a)).toBe(false);
    markAccountAthlete(storage, a);
    markAccountAthlete(storage, a);
    markAccountAthlete(storage, b);
    expect([isAccountAthlete(storage, a), isAccountAthlete(storage, b)]).toEqual([true, true]);
    expect(JSON.parse(storage.getItem('splits.accountAthletes')!)).toEqual([a, b]);
  });

  it('treats an unreadable list as empty rather than failing', () => {
    const storage = memoryStorage();
    storage.setItem('splits.accountAthletes', '{not json');
    expect(isAccountAthlete(storage, a)).toBe(false);
    markAccountAthlete(storage, a);
    expect(isAccountAthlete(storage, a)).toBe(true);
  });
});
