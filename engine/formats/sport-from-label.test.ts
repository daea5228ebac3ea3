import { describe, expect, it } from 'vitest';
import { sportFromLabel } from './sport-from-label.ts';

describe('sport from a GPX type or TCX Sport label', () => {
  it('maps common labels to FIT sport names', () => {
    expect(sportFromLabel('Running')).toBe('running');
    expect(sportFromLabel('Biking')).toBe('cycling');
    expect(sportFromLabel('indoor_rowing')).toBe('rowing');
    expect(sportFromLabel(' walk ')).toBe('walking');
  });
  it('calls anything else generic', () => {
    expect(sportFromLabel('Other')).toBe('generic');
    expect(sportFromLabel(undefined)).toBe('generic');
  });
});
