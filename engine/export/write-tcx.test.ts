import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import { analyzeActivity } from '../analysis/analyze-activity.ts';
import { expectSameStreams, importedSynthetic, reimport } from './test-support/round-trip.ts';
import { writeTcxActivity } from './write-tcx.ts';

const athlete = resolveAthlete();

describe('writing TCX v2 with the activity extension', () => {
  const run = importedSynthetic({
    durationS: 2400,
    pause: { atS: 1000, forS: 120 },
    lapEveryS: 600,
  });
  const back = reimport(writeTcxActivity(run), 'export.tcx');

  it('reads back with the same streams (run cadence counts one foot, so within 1 step/min)', () => {
    expectSameStreams(back.streams, run.streams, {
      timeS: 0,
      heartRateBpm: 0,
      speedMps: 0.001,
      cadence: 1,
      distanceM: 0.001,
      latitudeDeg: 1e-8,
      longitudeDeg: 1e-8,
      altitudeM: 0.01,
    });
  });

  it('keeps laps, sport, start and the pause, so distance and times are the same', () => {
    expect(back.laps.map((l) => l.startOffsetS)).toEqual(run.laps.map((l) => l.startOffsetS));
    expect(back.laps.map((l) => l.distanceM)).toEqual(
      run.laps.map((l) => expect.closeTo(l.distanceM!, 2)),
    );
    expect([back.sport, back.startTime]).toEqual(['running', run.startTime]);
    expect(back.pauses.map((p) => [p.startS, p.endS])).toEqual([[1000, 1120]]);
    const [a, b] = [analyzeActivity(back, athlete), analyzeActivity(run, athlete)];
    expect(a.distanceM).toBeCloseTo(b.distanceM, 2);
    expect([a.elapsedS, a.movingS, a.recordedS]).toEqual([b.elapsedS, b.movingS, b.recordedS]);
  });

  it('keeps watts and stroke rate of a row, and the importer knows it for a row again', () => {
    const row = importedSynthetic({ sport: 'rowing', durationS: 600 });
    const rowBack = reimport(writeTcxActivity(row), 'row.tcx');
    // TCX has no rowing sport; the writer names the device (a Concept2 monitor here), and the
    // importer reads a file from a rowing monitor as a row.
    expect(rowBack.sport).toBe('rowing');
    expectSameStreams(rowBack.streams, row.streams, {
      timeS: 0,
      powerW: 0,
      cadence: 0,
      distanceM: 0.001,
      heartRateBpm: 0,
    });
  });

  it('writes a file from another tool back with its two laps', () => {
    const fixture = readFileSync(new URL('../formats/fixtures/two-lap-run.tcx', import.meta.url));
    const original = reimport({ ok: true, bytes: new Uint8Array(fixture) }, 'two-lap-run.tcx');
    const again = reimport(writeTcxActivity(original), 'again.tcx');
    expect(again.laps).toEqual(original.laps);
    expectSameStreams(again.streams, original.streams, { timeS: 0, distanceM: 0, cadence: 0 });
  });
});
