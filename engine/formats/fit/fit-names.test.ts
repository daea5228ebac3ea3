import { describe, expect, it } from 'vitest';
import { fitName } from './fit-names.ts';

describe('FIT enum names', () => {
  it('turns the SDK camelCase back into the profile snake_case', () => {
    expect(fitName('indoorRowing', 'generic')).toBe('indoor_rowing');
    expect(fitName('running', 'generic')).toBe('running');
    expect(fitName('eBiking', 'generic')).toBe('e_biking');
  });
  it('falls back for a number (a value the profile does not know) or nothing', () => {
    expect(fitName(254, 'generic')).toBe('generic');
    expect(fitName(undefined, 'generic')).toBe('generic');
  });
});
