import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../activity/athlete.ts';
import { analyzeActivity } from '../analysis/analyze-activity.ts';
import { expectSameStreams, importedSynthetic, reimport } from './test-support/round-trip.ts';
import { writeGpxActivity } from './write-gpx.ts';

const athlete = resolveAthlete();

describe('writing GPX 1.1 with TrackPointExtension', () => {
  const run = importedSynthetic({ durationS: 2400, pause: { atS: 1000, forS: 120 } });
  const result = writeGpxActivity(
    { ...run, device: 'Forerunner <965> & "friends"' },
    'Hill & dale',
  );
  const back = reimport(result, 'export.gpx');

  it('reads back with the same points, heart rate, cadence, speed and altitude', () => {
    // Cadence is one foot per minute as a whole number, so steps per minute come back within 1.
    expectSameStreams(back.streams, run.streams, {
      timeS: 0,
      heartRateBpm: 0,
      speedMps: 0.001,
      cadence: 1,
      latitudeDeg: 1e-8,
      longitudeDeg: 1e-8,
      altitudeM: 0.01,
    });
  });

  it('keeps sport, start, device name and the pause; distance from the track within 0.5 %', () => {
    expect([back.sport, back.startTime, back.device]).toEqual([
      'running',
      run.startTime,
      'Forerunner <965> & "friends"',
    ]);
    expect(back.pauses.map((p) => [p.startS, p.endS])).toEqual([[1000, 1120]]);
    const [a, b] = [analyzeActivity(back, athlete), analyzeActivity(run, athlete)];
    expect(Math.abs(a.distanceM - b.distanceM) / b.distanceM).toBeLessThan(0.005);
    expect([a.elapsedS, a.recordedS]).toEqual([b.elapsedS, b.recordedS]);
  });

  it('starts a new track segment after the pause', () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(new TextDecoder().decode(result.bytes).match(/<trkseg>/g)).toHaveLength(2);
  });

  it('keeps power on a ride-like activity with positions', () => {
    const withPower = {
      ...run,
      streams: { ...run.streams, powerW: run.streams.heartRateBpm.map((hr) => hr + 100) },
    };
    const powered = reimport(writeGpxActivity(withPower, 'Power'), 'power.gpx');
    expectSameStreams(powered.streams, withPower.streams, { powerW: 0 });
  });

  it('says why an activity without positions has no GPX', () => {
    const row = importedSynthetic({ sport: 'rowing', durationS: 300 });
    const written = writeGpxActivity(row, 'Row');
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.error.type).toBe('NoPositions');
  });
});
