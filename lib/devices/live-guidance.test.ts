import { describe, expect, it } from 'vitest';
import { LiveGuidance } from './live-guidance';

const row = (timeS: number, distanceM: number) => ({
  timeS,
  heartRateBpm: 140,
  speedMps: 4,
  powerW: 200,
  cadence: 24,
  distanceM,
});

describe('LiveGuidance', () => {
  it('walks a rowing workout step by step from recorded rows and tells the athlete', () => {
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
    expect(guidance.snapshot().stepIndex).toBe(1);
    expect(cues[0]).toMatch(/^Warm-up/);
    expect(cues.some((c) => c.startsWith('Go'))).toBe(true);
    for (let s = 61; s <= 200 && !guidance.snapshot().finished; s++) {
      guidance.feed(row(s, s * 4), s, false);
    }
    expect(guidance.snapshot().finished).toBe(true);
  });

  it('moves on when lap is pressed in an open step', () => {
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
    expect(guidance.snapshot().step?.kind).toBe('coolDown');
  });
});
