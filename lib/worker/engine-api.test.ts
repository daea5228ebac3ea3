import { describe, expect, it } from 'vitest';
import { columnsToStreams } from '@/lib/store/stream-columns';
import { startGuidance } from '@/engine/guidance/guidance-step';
import { workThenCoolDown } from '@/engine/workout/work-then-cool-down';
import { engineApi } from './engine-api';
import { tinyGpx } from './tiny-gpx';

const encode = (text: string) => new TextEncoder().encode(text);

describe('engine API (the worker surface, run in Node)', () => {
  it('imports a GPX file into a stored summary and binary stream columns', () => {
    const result = engineApi.importFile(encode(tinyGpx(600, 3)), 'river.gpx', {});
    if (!result.ok) throw new Error(result.error.message);
    expect(result.activities).toHaveLength(1);
    const [imported] = result.activities;
    expect(imported!.summary.sport).toBe('running');
    expect(imported!.summary.fileName).toBe('river.gpx');
    expect(imported!.summary.elapsedS).toBeCloseTo(599, 0);
    expect(imported!.summary.distanceM).toBeGreaterThan(1700);
    expect(imported!.summary.distanceM).toBeLessThan(1900);
    expect(imported!.multisport).toBeNull();
    const streams = columnsToStreams(imported!.columns);
    expect(streams?.timeS.length).toBe(600);
  });

  it('returns a typed error a person understands for a bad file', () => {
    const result = engineApi.importFile(encode('hello'), 'notes.txt', {});
    expect(result).toMatchObject({ ok: false, error: { type: 'UnknownFormat' } });
    if (!result.ok) expect(result.error.message).toMatch(/notes\.txt/);
  });

  it('returns a typed error for athlete settings that do not fit together', () => {
    const result = engineApi.importFile(encode(tinyGpx(60, 3)), 'a.gpx', {
      maxHr: 150,
      restHr: 160,
    });
    expect(result).toMatchObject({ ok: false, error: { type: 'InvalidAthlete' } });
  });
});

describe('fitness series in the worker', () => {
  it('steps guidance on state that crossed a thread boundary as the worker receives it', () => {
    const workout = workThenCoolDown('row', { kind: 'distance', distanceM: 100 });
    let state = startGuidance(workout, 'row');
    const sample = (s: number) => ({
      elapsedS: s,
      distanceM: s * 4,
      heartRateBpm: 150,
      speedMps: 4,
      powerW: 180,
      strokeRateSpm: 24,
      lap: false,
    });
    const cues: string[] = [];
    for (let s = 0; s <= 30; s += 1) {
      // structuredClone is what postMessage does to the state on its way to the worker and back.
      const out = structuredClone(engineApi.guidanceStep(structuredClone(state), sample(s)));
      state = out.state;
      cues.push(...out.events.flatMap((e) => (e.type === 'cue' ? [e.text] : [])));
    }
    expect(state.index).toBe(1);
    expect(cues.length).toBeGreaterThan(1);
  });
});
