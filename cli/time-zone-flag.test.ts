import { describe, expect, it } from 'vitest';
import { systemTimeZone } from './system-time-zone.ts';
import { UsageError } from './io.ts';
import { timeZoneFromFlag } from './time-zone-flag.ts';

describe('--tz', () => {
  it('accepts IANA names and defaults to the machine’s zone', () => {
    expect(timeZoneFromFlag('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(timeZoneFromFlag(undefined)).toBe(systemTimeZone());
  });
  it('refuses an unknown name with a usage message that shows the expected form', () => {
    expect(() => timeZoneFromFlag('Mars/Olympus_Mons')).toThrow(UsageError);
    expect(() => timeZoneFromFlag('Mars/Olympus_Mons')).toThrow(/IANA name like Europe\/Paris/);
  });
});
