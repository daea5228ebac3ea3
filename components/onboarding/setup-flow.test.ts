import { describe, expect, it } from 'vitest';
import { generatePlan } from '@/engine/plan/generate-plan';
import { setupAnswersDefaults, type SetupAnswers } from '@/lib/store/profile-schema';
import { tenKFromThresholdPace } from './history-estimates';
import {
  planRequestFrom,
  resumeStep,
  SETUP_STEPS,
  setupOffer,
  stepAfter,
  stepBefore,
  stepPosition,
} from './setup-flow';

const ctx = {
  today: '2027-01-04',
  historyWeeklyMin: null,
  best2kS: null,
  thresholdPaceSPerKm: null,
};

const answered: SetupAnswers = {
  ...setupAnswersDefaults,
  sports: 'run',
  goal: { sport: 'run', id: 'half-marathon' },
  raceDate: '2027-04-25',
  days: [
    { day: 'tue', maxMin: 60 },
    { day: 'thu', maxMin: 60 },
    { day: 'sun', maxMin: null },
  ],
  longDay: 'sun',
  weeklyMin: 150,
  experience: 'intermediate',
};

describe('setup steps', () => {
  it('walks forward and back through every step in order', () => {
    const forward: string[] = [];
    for (let s: (typeof SETUP_STEPS)[number] | null = 'sports'; s; s = stepAfter(s))
      forward.push(s);
    expect(forward).toEqual([...SETUP_STEPS]);
    expect(stepBefore('sports')).toBeNull();
    expect(stepBefore('week')).toBe('goal');
    expect(stepPosition('volume')).toEqual({ index: 4, count: 6 });
  });

  it('resumes at the stored step, and at the first for a missing or unknown one', () => {
    expect(resumeStep('numbers')).toBe('numbers');
    expect(resumeStep(null)).toBe('sports');
    expect(resumeStep('a-step-from-a-newer-build')).toBe('sports');
  });

  it('offers to start, then to finish, until done or set aside', () => {
    expect(setupOffer('not-started')).toBe('start');
    expect(setupOffer('in-progress')).toBe('finish');
    expect(setupOffer('done')).toBeNull();
    expect(setupOffer('dismissed')).toBeNull();
  });
});

describe('the plan request from the answers', () => {
  it('builds a request the engine plans from', () => {
    const result = planRequestFrom(answered, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.request).toMatchObject({
      goal: 'half-marathon',
      currentWeeklyMin: 150,
      longDay: 'sun',
    });
    expect(generatePlan(result.request).ok).toBe(true);
  });

  it('never assumes zero minutes a week: it asks, or uses the history and says so', () => {
    const skipped = { ...answered, weeklyMin: null };
    const asked = planRequestFrom(skipped, ctx);
    expect(asked).toEqual({
      ok: false,
      missing: [{ step: 'volume', what: 'how much you train a week now (0 is fine)' }],
    });
    const fromHistory = planRequestFrom(skipped, { ...ctx, historyWeeklyMin: 95 });
    expect(fromHistory).toMatchObject({ ok: true, weeklyFromHistory: true });
    expect(fromHistory.ok && fromHistory.request.currentWeeklyMin).toBe(95);
    expect(planRequestFrom({ ...answered, weeklyMin: 0 }, ctx).ok).toBe(true);
  });

  it('lists everything missing after every step was skipped, each with its step', () => {
    const result = planRequestFrom(setupAnswersDefaults, ctx);
    expect(result.ok ? [] : result.missing.map((m) => m.step)).toEqual(['goal', 'week', 'volume']);
  });

  it('asks for a race date for a race, not for “just fitter”', () => {
    const noDate = { ...answered, raceDate: null };
    expect(planRequestFrom(noDate, ctx).ok).toBe(false);
    const fitter = { ...noDate, goal: { sport: 'run', id: 'general-fitness' } } as const;
    const result = planRequestFrom(fitter, ctx);
    expect(result.ok && result.request.raceDate).toBeNull();
  });

  it('takes a skipped experience as new to structured training and says it was not given', () => {
    const result = planRequestFrom({ ...answered, experience: null }, ctx);
    expect(result).toMatchObject({
      ok: true,
      experienceGiven: false,
      request: { experience: 'beginner' },
    });
  });

  it('reuses the 2k from Settings for a rowing plan and drops a long day not offered', () => {
    const rowing: SetupAnswers = { ...answered, goal: { sport: 'row', id: '2k' }, longDay: 'sat' };
    const result = planRequestFrom(rowing, { ...ctx, best2kS: 450 });
    expect(result.ok && result.request.best).toEqual({ distanceM: 2000, timeS: 450 });
    expect(result.ok && result.request.longDay).toBeNull();
  });

  it('sizes a running plan from a known threshold pace when no race time was given', () => {
    const running: SetupAnswers = { ...answered, runBest: null };
    const result = planRequestFrom(running, { ...ctx, thresholdPaceSPerKm: 305 });
    expect(result.ok && result.request.best).toEqual(tenKFromThresholdPace(305));
    expect(result.ok && result.pacesFromThresholdSPerKm).toBe(305);
    const raced = planRequestFrom(
      { ...running, runBest: { distanceM: 5000, timeS: 1500 } },
      { ...ctx, thresholdPaceSPerKm: 305 },
    );
    expect(raced.ok && raced.request.best).toEqual({ distanceM: 5000, timeS: 1500 });
    expect(raced.ok && raced.pacesFromThresholdSPerKm).toBeNull();
  });
});
