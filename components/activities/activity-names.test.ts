import { describe, expect, it } from 'vitest';
import { activityDistance, activityTitle, sportName } from './activity-names';

/** Digits only, so the test does not depend on the machine's grouping separator. */
const digits = (text: string) => text.replace(/[^\d.a-z ]/g, '').replace(/ +/g, ' ');

describe('activity distances', () => {
  it('counts a row in metres in both unit systems', () => {
    expect(digits(activityDistance(5000.4, 'rowing', 'imperial'))).toBe('5000 m');
    expect(digits(activityDistance(5000.4, 'rowing', 'metric'))).toBe('5000 m');
    expect(activityDistance(2000, 'rowing', 'imperial')).toMatch(/^2\D?000 m$/);
    expect(activityDistance(850, 'rowing', 'imperial')).toBe('850 m');
  });

  it('keeps km and miles for every other sport', () => {
    expect(activityDistance(5012, 'running', 'imperial')).toBe('3.11 mi');
    expect(activityDistance(5012, 'running', 'metric')).toBe('5.01 km');
    expect(activityDistance(20_000, 'cycling', 'imperial')).toBe('12.43 mi');
  });
});

describe('activity names', () => {
  it('names an activity by its title, else its sport', () => {
    expect(activityTitle({ title: null, sport: 'open_water_swimming' })).toBe(
      'Open water swimming',
    );
    expect(activityTitle({ title: 'Morning row', sport: 'rowing' })).toBe('Morning row');
    expect(sportName('generic')).toBe('Other');
  });
});
