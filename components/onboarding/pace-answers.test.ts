import { describe, expect, it } from 'vitest';
import { thresholdPaceFromRace, twoKFromPiece } from './history-estimates';
import { readPaces } from './pace-answers';

const noHistory = { thresholdPace: null, twoK: null };
const runFrom = { date: '2027-01-05', sport: 'run', distanceM: 5000, movingS: 1500 } as const;

describe('readPaces', () => {
  it('turns a 10 km race time into the plan’s best and a threshold pace for loads', () => {
    const r = readPaces(
      { run: 'race', row: null, text: { runDistanceM: '10000', runTime: '45:00' } },
      'metric',
      noHistory,
    );
    expect(r).toEqual({
      ok: true,
      updates: {
        answers: { runBest: { distanceM: 10000, timeS: 2700 } },
        profile: { thresholdPaceSPerKm: Math.round(thresholdPaceFromRace(10000, 2700)) },
      },
    });
  });

  it('reads a threshold pace per mile in imperial units and stores it per km', () => {
    const r = readPaces(
      { run: 'threshold', row: null, text: { thresholdPace: '8:03' } },
      'imperial',
      noHistory,
    );
    expect(r.ok && r.updates.profile.thresholdPaceSPerKm).toBe(300);
  });

  it('estimates from history out loud, or from a rough 5 km guess, or leaves it to typical paces', () => {
    const fromHistory = readPaces({ run: 'estimate', row: null, text: {} }, 'metric', {
      thresholdPace: { valueS: 281.4, from: runFrom },
      twoK: null,
    });
    expect(fromHistory.ok && fromHistory.updates).toEqual({
      answers: { estimatePaces: true },
      profile: { thresholdPaceSPerKm: 281 },
    });
    const guess = readPaces(
      { run: 'estimate', row: null, text: { runGuess: '30:00' } },
      'metric',
      noHistory,
    );
    expect(guess.ok && guess.updates.answers.runBest).toEqual({ distanceM: 5000, timeS: 1800 });
    const nothing = readPaces({ run: 'estimate', row: null, text: {} }, 'metric', noHistory);
    expect(nothing.ok && nothing.updates).toEqual({
      answers: { estimatePaces: true },
      profile: {},
    });
  });

  it('moves a rowing piece to a 2k for the settings and keeps the piece for the plan', () => {
    const r = readPaces(
      { run: null, row: 'piece', text: { rowDistanceM: '5000', rowTime: '20:00' } },
      'metric',
      noHistory,
    );
    expect(r.ok && r.updates.answers.rowBest).toEqual({ distanceM: 5000, timeS: 1200 });
    expect(r.ok && r.updates.profile.best2kS).toBeCloseTo(twoKFromPiece(5000, 1200), 1);
  });

  it('says what to fix for a time it cannot read or that cannot be right', () => {
    expect(
      readPaces({ run: 'race', row: null, text: { runTime: 'soon' } }, 'metric', noHistory),
    ).toEqual({
      ok: false,
      error: 'Enter your time as a time like 25:30 or 1:52:00.',
    });
    const tooQuick = readPaces(
      { run: null, row: 'piece', text: { rowDistanceM: '2000', rowTime: '3:00' } },
      'metric',
      noHistory,
    );
    expect(tooQuick.ok).toBe(false);
    expect(readPaces({ run: null, row: null, text: {} }, 'metric', noHistory)).toEqual({
      ok: true,
      updates: { answers: {}, profile: {} },
    });
  });
});
