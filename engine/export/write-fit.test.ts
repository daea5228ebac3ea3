import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import { analyzeActivity } from '../analysis/analyze-activity.ts';
import type { Activity } from '../activity/types.ts';
import { expectSameStreams, importedSynthetic, reimport } from './test-support/round-trip.ts';
import { writeFitActivity } from './write-fit.ts';

const athlete = resolveAthlete();

describe('writing FIT with the FIT SDK encoder', () => {
  const run = importedSynthetic({
    durationS: 2400,
    pause: { atS: 1000, forS: 120 },
    lapEveryS: 600,
  });
  const back = reimport(writeFitActivity(run), 'export.fit');

  it('reads back with the same streams (FIT resolution: 1 cm, 0.2 m altitude, 1 semicircle)', () => {
    expectSameStreams(back.streams, run.streams, {
      timeS: 0,
      heartRateBpm: 0,
      speedMps: 0.001,
      powerW: 0,
      cadence: 0,
      distanceM: 0.01,
      latitudeDeg: 1e-7,
      longitudeDeg: 1e-7,
      altitudeM: 0.2,
    });
  });

  it('keeps the sport, start, laps and the pause, so the summary is the same', () => {
    expect([back.sport, back.subSport, back.startTime]).toEqual([
      run.sport,
      run.subSport,
      run.startTime,
    ]);
    expect(back.laps.map((l) => l.startOffsetS)).toEqual(run.laps.map((l) => l.startOffsetS));
    expect(back.pauses).toEqual(run.pauses);
    const [a, b] = [analyzeActivity(back, athlete), analyzeActivity(run, athlete)];
    expect(a.distanceM).toBeCloseTo(b.distanceM, 2);
    expect([a.elapsedS, a.movingS, a.recordedS]).toEqual([b.elapsedS, b.movingS, b.recordedS]);
    expect(a.avgHr).toBeCloseTo(b.avgHr!, 6);
  });

  it('keeps an indoor row: sport, stroke rate and watts, no positions', () => {
    const row = importedSynthetic({ sport: 'rowing', durationS: 600 });
    const rowBack = reimport(writeFitActivity(row), 'row.fit');
    expect([rowBack.sport, rowBack.subSport]).toEqual(['rowing', 'indoor_rowing']);
    expectSameStreams(rowBack.streams, row.streams, {
      timeS: 0,
      cadence: 0,
      powerW: 0,
      distanceM: 0.01,
      latitudeDeg: 0,
    });
  });

  it('writes one record per second from samples finer than FIT can hold', () => {
    const fine: Activity = {
      ...run,
      laps: [],
      pauses: [],
      streams: {
        ...run.streams,
        timeS: run.streams.timeS.map((t) => t / 2),
      },
    };
    const fineBack = reimport(writeFitActivity(fine), 'fine.fit');
    const times = [...fineBack.streams.timeS];
    expect(times.every((t, i) => Number.isInteger(t) && (i === 0 || t > times[i - 1]!))).toBe(true);
    expect(times.length).toBe(new Set(fine.streams.timeS.map((t) => Math.round(t))).size);
  });

  it('writes an unknown sport as generic rather than failing', () => {
    const odd = reimport(writeFitActivity({ ...run, sport: 'underwater_hockey_x' }), 'odd.fit');
    expect(odd.sport).toBe('generic');
  });
});
