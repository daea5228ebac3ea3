import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from './activities-doc';
import { activityRows, dailyLoads } from './index-rows';

function entry(id: string, startTime: string, load: number | null): ActivityEntry {
  return {
    id,
    sport: 'running',
    subSport: null,
    startTime,
    source: 'gpx',
    device: null,
    fileName: null,
    elapsedS: 1800,
    movingS: 1790,
    distanceM: 5000,
    avgHr: 150,
    maxHr: 170,
    avgSpeedMps: 2.8,
    avgPowerW: null,
    avgCadence: null,
    elevationGainM: 10,
    load: { value: load, method: load === null ? 'none' : 'hrss' },
    trimp: null,
    efficiencyFactor: null,
    decouplingPct: null,
    laps: [],
    splits: { km: [], mile: [], m500: [] },
    rpe: null,
    notes: '',
    plannedWorkoutId: null,
    recordedSport: 'running',
    title: null,
    customTitle: null,
  };
}

describe('derived index rows', () => {
  it('dates an activity by the local calendar day', () => {
    const rows = activityRows([entry('a', '2026-11-20T23:30:00.000Z', 40)], 'Asia/Tokyo');
    expect(rows[0]?.date).toBe('2026-11-21');
    expect(activityRows([entry('a', '2026-11-20T23:30:00.000Z', 40)], 'UTC')[0]?.date).toBe(
      '2026-11-20',
    );
  });

  it('sums load per day and fills rest days with zero up to today', () => {
    const rows = activityRows(
      [
        entry('a', '2026-11-18T07:00:00.000Z', 40),
        entry('b', '2026-11-18T18:00:00.000Z', 25),
        entry('c', '2026-11-20T07:00:00.000Z', null),
      ],
      'UTC',
    );
    expect(dailyLoads(rows, '2026-11-21')).toEqual([
      { date: '2026-11-18', load: 65 },
      { date: '2026-11-19', load: 0 },
      { date: '2026-11-20', load: 0 },
      { date: '2026-11-21', load: 0 },
    ]);
    expect(dailyLoads([], '2026-11-21')).toEqual([]);
  });
});
