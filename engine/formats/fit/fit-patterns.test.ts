import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '../../activity/athlete.ts';
import { analyzeActivity } from '../../analysis/analyze-activity.ts';
import { importActivity } from '../import-activity.ts';
import { importBytes, importOne } from '../test-support/import-one.ts';
import {
  writePoolSwimFit,
  writeRecordsFit,
  type FitSample,
} from '../test-support/write-fit-patterns.ts';
import { deviceSessions } from '../test-support/write-multisport-fit.ts';

const start = new Date('2026-06-01T06:00:00Z');
const startS = start.getTime() / 1000;
const athlete = resolveAthlete();
const steadyRun = (n: number, every = 1): FitSample[] =>
  Array.from({ length: n }, (_, i) => ({
    t: i * every,
    hr: 150,
    distanceM: i * every * 3,
    speedMps: 3,
  }));

describe('pool swims: lengths, rests and records with or without timestamps', () => {
  const lengths = [
    ...Array.from({ length: 8 }, () => ({ seconds: 30, strokes: 18 })),
    { seconds: 60, strokes: 0, idle: true },
    ...Array.from({ length: 8 }, () => ({ seconds: 32, strokes: 19 })),
  ];
  for (const records of ['timed', 'untimed', 'none'] as const) {
    it(`${records} records: the device's distance and time, rests not swum`, () => {
      const bytes = writePoolSwimFit(start, 25, lengths, records);
      const [session] = deviceSessions(bytes);
      const swim = importOne(bytes);
      const summary = analyzeActivity(swim, athlete);
      expect(swim.sport).toBe('swimming');
      expect(swim.swim?.poolLengthM).toBe(25);
      expect(swim.swim?.lengths.filter((l) => l.active)).toHaveLength(16);
      expect(summary.distanceM).toBe(session!.totalDistance);
      expect(summary.elapsedS).toBe(session!.totalElapsedTime);
      // Convention (docs/FILES.md): the rest counts in elapsed and timer time, not in moving time.
      expect(summary.movingS).toBe(session!.totalTimerTime! - 60);
      expect(summary.swim?.paceS100m).toBeCloseTo(((8 * 30 + 8 * 32) / 400) * 100, 6);
      if (records === 'timed') expect(summary.avgHr).toBeGreaterThan(129);
    });
  }
});

describe('pauses come from the timer, and a sparse recorder moving keeps its time', () => {
  for (const timerEvents of [true, false]) {
    it(`45 s silences every 5 min while moving (${timerEvents ? 'with' : 'without'} timer events)`, () => {
      // Recorded every second, but the app writes nothing for 45 s every 5 minutes.
      const samples = steadyRun(1801).filter((s) => s.t % 300 < 255 || s.t === 1800);
      const bytes = writeRecordsFit({
        start,
        sport: 'paddling',
        subSport: 'generic',
        samples,
        timerEvents,
      });
      const [session] = deviceSessions(bytes);
      const summary = analyzeActivity(importOne(bytes), athlete);
      expect(summary.movingS).toBe(session!.totalTimerTime);
      expect(summary.distanceM).toBe(session!.totalDistance);
    });
  }
});

describe('wrongly stamped samples are dropped one by one', () => {
  const samples = steadyRun(3600);
  for (let i = 1000; i < 1014; i++) samples[i]!.stampS = startS + 2 * 365 * 86400 + i;
  for (const i of [2000, 2500]) samples[i]!.stampS = startS + i - 90;
  const bytes = writeRecordsFit({ start, sport: 'cycling', subSport: 'road', samples });
  const [session] = deviceSessions(bytes);

  for (const [when, nowMs] of [
    ['read soon after', Date.UTC(2027, 0, 1)],
    ['read years later', Date.UTC(2031, 0, 1)],
  ] as const) {
    it(`${when}: the whole ride, with the wrong samples counted`, () => {
      const result = importActivity(bytes, { nowMs });
      if (!result.ok) throw new Error(result.error.message);
      const ride = result.activities[0]!;
      const summary = analyzeActivity(ride, athlete);
      expect(summary.elapsedS).toBe(session!.totalElapsedTime);
      expect(summary.distanceM).toBe(session!.totalDistance);
      expect(ride.streams.timeS).toHaveLength(3600 - 16);
      const counts = Object.fromEntries(ride.notes!.map((n) => [n.type, n.count]));
      expect(counts).toEqual({ DatesOutOfRange: 14, TimestampsRepaired: 2 });
    });
  }
});

describe('values no device or athlete can produce', () => {
  it('a placeholder heart rate of 1 bpm is left out, not scored as load 0', () => {
    const samples = steadyRun(1800).map((s) => ({ ...s, hr: 1 }));
    const activity = importOne(
      writeRecordsFit({ start, sport: 'running', subSport: 'generic', samples }),
    );
    const summary = analyzeActivity(activity, athlete);
    expect(summary.avgHr).toBeNull();
    expect(summary.load.method).toBe('running-tss');
    expect(summary.load.value).toBeGreaterThan(10);
    expect(activity.notes?.[0]).toMatchObject({ type: 'PlaceholderHeartRate', count: 1800 });
  });
  it('a row written in the wrong scale keeps its time and heart rate, not 1,000 km', () => {
    const samples = steadyRun(3600).map((s) => ({
      ...s,
      distanceM: s.distanceM! * 100,
      speedMps: 300,
    }));
    const row = importOne(
      writeRecordsFit({ start, sport: 'rowing', subSport: 'generic', samples }),
    );
    const summary = analyzeActivity(row, athlete);
    expect(summary.distanceM).toBe(0);
    expect(summary.avgHr).toBe(150);
    expect(summary.elapsedS).toBe(3599);
    expect(row.notes?.map((n) => n.type)).toEqual(['ImplausibleSpeed']);
    expect(row.notes?.[0]?.message).toMatch(/not possible for rowing/);
  });
  it('a recording dated in the future is refused with the date and the reason', () => {
    const late = new Date('2031-05-02T06:00:00Z');
    const result = importBytes(
      writeRecordsFit({
        start: late,
        sport: 'running',
        subSport: 'generic',
        samples: steadyRun(60),
      }),
    );
    expect(result.ok ? 'ok' : result.error.type).toBe('ImplausibleDate');
    if (!result.ok) expect(result.error.message).toMatch(/2031-05-02, after today/);
  });
});

describe('developer fields and HRV', () => {
  it('running power from a Stryd-style field declared as the native power field', () => {
    const samples = steadyRun(600).map((s) => ({ ...s, developer: { '0': 260 } }));
    const run = importOne(
      writeRecordsFit({
        start,
        sport: 'running',
        subSport: 'generic',
        samples,
        developerFields: [{ name: 'Power', units: 'Watts', nativeFieldNum: 7 }],
        rrS: [0.41, 0.42, 0.4, 65.535],
      }),
    );
    expect(analyzeActivity(run, athlete).avgPowerW).toBeCloseTo(260, 3);
    expect(run.notes?.map((n) => n.type)).toEqual(['DeveloperFields']);
    expect(Array.from(run.rrIntervalsMs ?? [])).toEqual(
      [410, 420, 400].map((ms) => Math.fround(ms)),
    );
  });
  it('a Connect IQ rowing app: rowing, with distance and stroke rate from its fields', () => {
    const samples = steadyRun(900).map((s) => ({
      t: s.t,
      hr: 150,
      developer: { '0': s.distanceM! * (4 / 3), '1': 24 },
    }));
    const bytes = writeRecordsFit({
      start,
      sport: 'generic',
      subSport: 'generic',
      samples,
      developerFields: [
        { name: 'Distance', units: 'm' },
        { name: 'Stroke Rate', units: 'spm' },
      ],
    });
    const summary = analyzeActivity(importOne(bytes), athlete);
    expect(summary.sport).toBe('rowing');
    expect(summary.distanceM).toBeCloseTo(899 * 4, 0);
    expect(summary.avgCadence).toBeCloseTo(24, 6);
    expect(summary.load.value).toBeGreaterThan(0);
  });
});

describe('rowing in FIT', () => {
  it('reads an indoor row recorded as fitness equipment / indoor rowing as rowing', () => {
    const samples = steadyRun(300).map((s) => ({ ...s, cadence: 26, powerW: 200 }));
    const row = importOne(
      writeRecordsFit({ start, sport: 'fitnessEquipment', subSport: 'indoorRowing', samples }),
    );
    expect([row.sport, row.subSport]).toEqual(['rowing', 'indoor_rowing']);
    expect(row.streams.cadence[10]).toBe(26);
  });
});
