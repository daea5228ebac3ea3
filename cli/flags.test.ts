import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { captureIo } from './test-support/capture-io.ts';

describe('flags read the same way by every command', () => {
  it('an unknown flag is a usage error with exit code 2, whichever command gets it', async () => {
    const commands = [
      'analyze',
      'pmc',
      'plan',
      'adapt',
      'readiness',
      'insights',
      'predict',
      'erg',
      'decode',
    ];
    for (const command of commands) {
      const io = captureIo();
      expect(await main([command, '--bogus'], io), command).toBe(2);
      expect(io.stderr, command).toMatch(new RegExp(`^splits ${command}: .*bogus`));
      expect(io.stdout, command).toBe('');
    }
  });
});
