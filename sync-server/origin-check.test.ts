import { describe, expect, it } from 'vitest';
import { originAllowed } from './origin-check.ts';

describe('which pages may open a sync socket', () => {
  it('lets a page served by this relay in, directly or through a proxy', () => {
    expect(originAllowed({ origin: 'http://127.0.0.1:8787', host: '127.0.0.1:8787' }, [])).toBe(
      true,
    );
    expect(
      originAllowed(
        { origin: 'https://splits.club', host: '10.0.0.5:8787', 'x-forwarded-host': 'splits.club' },
        [],
      ),
    ).toBe(true);
  });

  it('lets a client that is not a browser page in: it sends no Origin', () => {
    expect(originAllowed({ host: '127.0.0.1:8787' }, [])).toBe(true);
  });

  it('refuses a foreign page unless its origin is listed, and a malformed Origin always', () => {
    const foreign = { origin: 'https://evil.example', host: 'splits.club' };
    expect(originAllowed(foreign, [])).toBe(false);
    expect(originAllowed(foreign, ['https://evil.example'])).toBe(true);
    expect(originAllowed({ origin: 'null', host: 'splits.club' }, [])).toBe(false);
    expect(
      originAllowed({ origin: 'https://splits.club.evil.example', host: 'splits.club' }, []),
    ).toBe(false);
  });
});
