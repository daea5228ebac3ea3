import { describe, expect, it } from 'vitest';
import { seededRandom } from '../stats/seeded-random.ts';
import type { SimpleStep, StepTarget, WorkoutStep } from '../workout/types.ts';
import {
  guidanceStep,
  MIN_CUE_GAP_S,
  REPEAT_CORRECTION_S,
  startGuidance,
} from './guidance-step.ts';
import type { GuidanceEvent, GuidanceSample } from './types.ts';

const zone2: StepTarget = { kind: 'heartRateZone', zone: 2, minBpm: 130, maxBpm: 145 };
const timeStep = (
  kind: SimpleStep['kind'],
  durationS: number,
  targets: StepTarget[] = [],
): SimpleStep => ({
  kind,
  length: { kind: 'time', durationS },
  targets,
  note: null,
});

function replay(steps: WorkoutStep[] | null, sport: 'run' | 'row', samples: GuidanceSample[]) {
  let state = startGuidance(steps ? { sport, steps } : null, sport);
  const timeline: { t: number; e: GuidanceEvent }[] = [];
  for (const sample of samples) {
    const out = guidanceStep(state, sample);
    state = out.state;
    for (const e of out.events) timeline.push({ t: sample.elapsedS, e });
  }
  return { state, timeline };
}

const stream = (
  seconds: number,
  hz: number,
  f: (t: number) => Partial<GuidanceSample>,
): GuidanceSample[] =>
  Array.from({ length: seconds * hz + 1 }, (_, i) => {
    const t = i / hz;
    return {
      elapsedS: t,
      distanceM: null,
      heartRateBpm: null,
      speedMps: null,
      powerW: null,
      strokeRateSpm: null,
      ...f(t),
    };
  });

const cues = (timeline: { t: number; e: GuidanceEvent }[]) =>
  timeline.flatMap(({ t, e }) => (e.type === 'cue' ? [{ t, text: e.text }] : []));

describe('guidanceStep on a time-based interval session', () => {
  const steps: WorkoutStep[] = [
    timeStep('warmUp', 60),
    { kind: 'repeat', count: 3, steps: [timeStep('work', 60), timeStep('rest', 30)] },
    timeStep('coolDown', 60),
  ];

  it('starts and ends every step on time and ends the workout once', () => {
    const { timeline } = replay(
      steps,
      'run',
      stream(400, 1, () => ({})),
    );
    const starts = timeline.filter(({ e }) => e.type === 'stepStarted').map(({ t }) => t);
    expect(starts).toEqual([0, 60, 120, 150, 210, 240, 300, 330]);
    const ends = timeline.filter(({ e }) => e.type === 'workoutEnded').map(({ t }) => t);
    expect(ends).toEqual([390]);
    expect(cues(timeline).some((c) => c.text === '10 seconds left')).toBe(true);
  });

  it('ends the current step early on lap', () => {
    const samples = stream(30, 1, (t) => ({ lap: t === 20 }));
    const { state } = replay(steps, 'run', samples);
    expect(state.index).toBe(1);
    expect(state.stepStartS).toBe(20);
  });
});

describe('guidanceStep heart-rate cues', () => {
  it('does not flap when heart rate hovers at the top of the zone (seeded noise, 10 Hz, 20 min)', () => {
    const rand = seededRandom(42);
    const { timeline } = replay(
      [timeStep('work', 1200, [zone2])],
      'run',
      stream(1200, 10, () => ({ heartRateBpm: 145 + (rand() - 0.5) * 5 })),
    );
    const statuses = timeline.filter(({ e }) => e.type === 'targetStatus');
    expect(statuses.length).toBeLessThanOrEqual(2);
    expect(cues(timeline).filter((c) => /heart rate|on target/.test(c.text))).toHaveLength(0);
  });

  it('spaces corrections at least 15 s after any other cue while heart rate swings across the zone', () => {
    const rand = seededRandom(7);
    const samples = stream(1200, 2, (t) => ({
      heartRateBpm: 140 + 12 * Math.sin(t / 40) + (rand() - 0.5) * 4,
    }));
    const spoken = cues(replay([timeStep('work', 1200, [zone2])], 'run', samples).timeline);
    const corrections = spoken.filter((c) => /heart rate|on target/.test(c.text));
    expect(corrections.length).toBeGreaterThan(3);
    for (const c of corrections) {
      const before = spoken.filter((x) => x.t < c.t).at(-1);
      if (before) expect(c.t - before.t).toBeGreaterThanOrEqual(MIN_CUE_GAP_S);
    }
  });

  it('asks to ease off when 8 bpm above zone 2, and repeats no more often than every 45 s', () => {
    const { timeline } = replay(
      [timeStep('work', 600, [zone2])],
      'run',
      stream(600, 1, () => ({ heartRateBpm: 153 })),
    );
    const easeOff = cues(timeline).filter((c) => c.text.startsWith('Ease off'));
    expect(easeOff[0]?.text).toBe('Ease off — heart rate 8 above zone 2');
    expect(easeOff[0]!.t).toBeLessThanOrEqual(MIN_CUE_GAP_S);
    for (let i = 1; i < easeOff.length; i++) {
      expect(easeOff[i]!.t - easeOff[i - 1]!.t).toBeGreaterThanOrEqual(REPEAT_CORRECTION_S);
    }
    expect(easeOff.length).toBeGreaterThan(5);
  });

  it('never nags for being below an easy zone', () => {
    const { timeline } = replay(
      [timeStep('work', 600, [zone2])],
      'run',
      stream(600, 1, () => ({ heartRateBpm: 110 })),
    );
    expect(cues(timeline).filter((c) => c.text.includes('heart rate'))).toHaveLength(0);
    expect(timeline.some(({ e }) => e.type === 'targetStatus' && e.status === 'below')).toBe(true);
  });

  it('says so once when the athlete comes back on target', () => {
    const { timeline } = replay(
      [timeStep('work', 300, [zone2])],
      'run',
      stream(300, 1, (t) => ({ heartRateBpm: t < 100 ? 155 : 138 })),
    );
    expect(cues(timeline).filter((c) => c.text.startsWith('Nice'))).toHaveLength(1);
  });
});

describe('guidanceStep drift', () => {
  it('suggests slowing once after heart rate sits above its zone for over a minute at target pace', () => {
    const pace: StepTarget = { kind: 'pace', fastestSPerKm: 320, slowestSPerKm: 340 };
    const samples = stream(900, 1, (t) => ({
      speedMps: 1000 / 330,
      heartRateBpm: t < 300 ? 138 : 138 + (t - 300) / 10,
    }));
    const { timeline } = replay([timeStep('work', 900, [zone2, pace])], 'run', samples);
    const drift = timeline.filter(({ e }) => e.type === 'drift');
    expect(drift).toHaveLength(1);
    const above = timeline.find(
      ({ e }) => e.type === 'targetStatus' && e.target === 'heartRateZone' && e.status === 'above',
    )!;
    expect(drift[0]!.t - above.t).toBeGreaterThanOrEqual(60);
  });
});

describe('guidanceStep on distance and open sessions', () => {
  it('rowing 2000 m: "Last 1 km" and "Last 250 m" once each, ends at the distance', () => {
    const step: SimpleStep = {
      kind: 'work',
      length: { kind: 'distance', distanceM: 2000 },
      targets: [{ kind: 'split', fastestS500m: 124, slowestS500m: 126 }],
      note: null,
    };
    const { timeline } = replay(
      [step],
      'row',
      stream(600, 1, (t) => ({ distanceM: 4 * t, speedMps: 4 })),
    );
    const text = cues(timeline).map((c) => c.text);
    expect(text.filter((x) => x === 'Last 1 km')).toHaveLength(1);
    expect(text.filter((x) => x === 'Last 250 m')).toHaveLength(1);
    expect(timeline.find(({ e }) => e.type === 'workoutEnded')?.t).toBe(500);
    expect(text.some((x) => x.startsWith('Ease') || x.startsWith('Press'))).toBe(false);
  });

  it('open run: a split every kilometre, no target cues', () => {
    const { timeline } = replay(
      null,
      'run',
      stream(1000, 1, (t) => ({ distanceM: (1000 / 300) * t, heartRateBpm: 170 })),
    );
    const milestones = timeline.filter(({ e }) => e.type === 'milestone');
    expect(milestones.map(({ t }) => t)).toEqual([300, 600, 900]);
    expect(cues(timeline).map((c) => c.text)).toContain('1 km — last split 5:00');
    expect(cues(timeline).filter((c) => c.text.includes('heart rate'))).toHaveLength(0);
  });
});
