import { describe, expect, it } from 'vitest';
import { activityTitle, sportName } from './activity-names';

describe('activity names', () => {
  it('names an activity by its title, else its sport', () => {
    expect(activityTitle({ title: null, sport: 'open_water_swimming' })).toBe(
      'Open water swimming',
    );
    expect(activityTitle({ title: 'Morning row', sport: 'rowing' })).toBe('Morning row');
    expect(sportName('generic')).toBe('Other');
  });
});
