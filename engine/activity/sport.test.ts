import { describe, expect, it } from 'vitest';
import { canonicalSport, sportFromLabel, trainingSport } from './sport.ts';

describe('the sport vocabulary', () => {
  it('maps the labels GPX and TCX writers use onto FIT sport names', () => {
    expect(sportFromLabel('Running')).toBe('running');
    expect(sportFromLabel(' trail_running ')).toBe('running');
    expect(sportFromLabel('Biking')).toBe('cycling');
    expect(sportFromLabel('Indoor Rowing')).toBe('rowing');
    expect(sportFromLabel('Open water')).toBe('swimming');
    expect(sportFromLabel('Hiking')).toBe('hiking');
    expect(sportFromLabel('Other')).toBe('generic');
    expect(sportFromLabel(undefined)).toBe('generic');
  });
  it('names the sport by what was done when FIT puts it in the sub-sport', () => {
    expect(canonicalSport('fitness_equipment', 'indoor_rowing')).toBe('rowing');
    expect(canonicalSport('swimming', 'lap_swimming')).toBe('swimming');
    expect(canonicalSport('cycling', 'road')).toBe('cycling');
  });
  it('counts a hike or a walk as "other" for training, a run as a run, an erg as a row', () => {
    expect(trainingSport('hiking')).toBe('other');
    expect(trainingSport('walking')).toBe('other');
    expect(trainingSport('running')).toBe('run');
    expect(trainingSport('rowing')).toBe('row');
    expect(trainingSport('swimming')).toBe('other');
  });
});
