import { describe, expect, it } from 'vitest';
import { guidanceStep } from '../../../engine/guidance/guidance-step';
import { workThenCoolDown } from '../../../engine/workout/work-then-cool-down';
import { ManualClock } from '../clock/manual-clock';
import { LiveGuidance, type GuidanceStepper } from './live-guidance';

const row = (timeS: number, distanceM: number) => ({
  timeS,
  heartRateBpm: 140,
  speedMps: 4,
  powerW: 200,
  cadence: 24,
  distanceM,
});

describe('LiveGuidance', () => {
  it('walks a rowing workout step by step from recorded rows and tells the athlete', async () => {
    const guidance = new LiveGuidance(
      {
        sport: 'row',
        steps: [
          { kind: 'warmUp', length: { kind: 'time', durationS: 60 }, targets: [], note: null },
          { kind: 'work', length: { kind: 'distance', distanceM: 500 }, targets: [], note: null },
        ],
      },
      'rowing',
    );
    const cues: string[] = [];
    guidance.onCue((text) => cues.push(text));
    for (let s = 0; s <= 60; s++) guidance.feed(row(s, s * 4), s, false);
    await guidance.settled();
    expect(guidance.snapshot().stepIndex).toBe(1);
    expect(cues[0]).toMatch(/^Warm-up/);
    expect(cues.some((c) => c.startsWith('Go'))).toBe(true);
    for (let s = 61; s <= 200; s++) guidance.feed(row(s, s * 4), s, false);
    await guidance.settled();
    expect(guidance.snapshot().finished).toBe(true);
  });

  it('moves on when lap is pressed in an open step', async () => {
    const guidance = new LiveGuidance(
      {
        sport: 'run',
        steps: [
          { kind: 'work', length: { kind: 'open' }, targets: [], note: null },
          { kind: 'coolDown', length: { kind: 'time', durationS: 300 }, targets: [], note: null },
        ],
      },
      'running',
    );
    guidance.feed(row(0, 0), 0, false);
    guidance.feed(row(1, 3), 1, true);
    await guidance.settled();
    expect(guidance.snapshot().step?.kind).toBe('coolDown');
  });

  it('steps rows in the order they came even when the stepper answers out of order', async () => {
    const delays = [30, 0, 10, 0, 20];
    const clock = new ManualClock();
    let call = 0;
    const seen: number[] = [];
    // Another thread answers each step after its own delay, as a busy worker may.
    const slowStepper: GuidanceStepper = (state, sample) => {
      const delayMs = delays[call++ % delays.length]!;
      return new Promise((resolve) =>
        clock.after(delayMs, () => {
          seen.push(sample.elapsedS);
          resolve(guidanceStep(state, sample));
        }),
      );
    };
    const workout = workThenCoolDown('row', { kind: 'time', durationS: 20 });
    const queued = new LiveGuidance(workout, 'rowing', slowStepper);
    const direct = new LiveGuidance(workout, 'rowing');
    for (let s = 0; s <= 25; s++) {
      queued.feed(row(s, s * 4), s, false);
      direct.feed(row(s, s * 4), s, false);
    }
    await clock.advanceS(1);
    await Promise.all([queued.settled(), direct.settled()]);
    expect(seen).toEqual(Array.from({ length: 26 }, (_, s) => s));
    expect(queued.snapshot()).toEqual(direct.snapshot());
    expect(queued.snapshot().step?.kind).toBe('coolDown');
  });
});
