import { describe, expect, it } from 'vitest';
import { addDays } from '../plan/calendar-date.ts';
import type { JournalEntry } from '../readiness/journal.ts';
import { seededRandom } from '../stats/seeded-random.ts';
import { spearman } from '../stats/spearman.ts';
import type { InsightActivity } from './insight-inputs.ts';
import { FDR_Q, MIN_PAIRS, whatsWorking } from './whats-working.ts';

/** Normal noise by Box–Muller from the seeded uniform source. */
const gaussian = (rand: () => number) =>
  Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());

/** `days` of journal and one run a day; every input is independent noise unless `planted`. */
function synthetic(seed: number, days: number, planted: boolean) {
  const rand = seededRandom(seed);
  const journal: JournalEntry[] = [];
  const activities: InsightActivity[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays('2027-01-01', i);
    const sleepHours = 5 + 4 * rand();
    journal.push({
      date,
      sleepHours,
      sleepQuality: 1 + Math.floor(5 * rand()),
      rmssdMs: 40 + 40 * rand(),
      restingHrBpm: 45 + 15 * rand(),
      carbsG: 200 + 200 * rand(),
      soreness: 1 + Math.floor(5 * rand()),
      stress: 1 + Math.floor(5 * rand()),
      mood: 1 + Math.floor(5 * rand()),
      rpe: 2 + Math.floor(7 * rand()),
    });
    activities.push({
      date,
      startHour: 6 + Math.floor(12 * rand()),
      sport: 'run',
      efficiencyFactor: 1.2 + (planted ? 0.05 * sleepHours : 0) + 0.06 * gaussian(rand),
      decouplingPct: 5 + 3 * gaussian(rand),
      load: 30 + 70 * rand(),
    });
  }
  return { journal, activities };
}

describe('whatsWorking on synthetic data', () => {
  it('finds the planted relation (sleep → efficiency) with supportive, evidenced wording', () => {
    const { journal, activities } = synthetic(1, 60, true);
    const insights = whatsWorking(journal, activities);
    const sleep = insights.working.find((f) => f.input === 'sleep' && f.outcome === 'efficiency');
    expect(sleep).toBeDefined();
    expect(sleep!.rho).toBeGreaterThan(0.4);
    expect(sleep!.n).toBe(60);
    expect(sleep!.text).toMatch(
      /^More sleep the night before goes with more efficiency .* 60 runs\)\.$/,
    );
    expect(insights.pairsTested).toBeGreaterThan(30);
    // The scatter behind it, for the chart: one point per session, in date order.
    expect(sleep!.points).toHaveLength(60);
    expect(sleep!.points[0]).toEqual({
      date: '2027-01-01',
      x: journal[0]!.sleepHours,
      y: activities[0]!.efficiencyFactor,
    });
    expect(sleep!.nEffective).toBeGreaterThan(30);
    expect(insights.method).toMatch(/Pyper & Peterman 1998/);
  });

  it('never tests load against an outcome computed from the same stream', () => {
    // Load and efficiency both follow one drifting speed: a plain test would call it a finding.
    const { journal, activities } = synthetic(3, 90, false);
    let drift = 0;
    const rand = seededRandom(4);
    for (const a of activities) {
      drift = 0.9 * drift + gaussian(rand);
      a.load = 60 + 10 * drift;
      a.efficiencyFactor = 1.5 + 0.05 * drift;
      a.decouplingPct = 5 - drift;
    }
    const r = whatsWorking(journal, activities);
    const all = [...r.working, ...r.notWorking];
    expect(all.some((f) => f.input.startsWith('load') && f.outcome !== 'rpe')).toBe(false);
    // A plain test of the day before's load against efficiency calls this drift a strong finding.
    const pairs = activities.slice(1).map((a, i) => [activities[i]!.load!, a.efficiencyFactor!]);
    const plain = spearman(
      pairs.map((p) => p[0]!),
      pairs.map((p) => p[1]!),
    );
    expect(plain.pValue).toBeLessThan(0.001);
  });

  it('across 40 seeded data sets the planted pair is found nearly always and noise rarely (FDR 10 %)', () => {
    let plantedFound = 0;
    let falseDiscoveryProportions = 0;
    for (let seed = 100; seed < 140; seed++) {
      const { journal, activities } = synthetic(seed, 60, true);
      const r = whatsWorking(journal, activities);
      const findings = [...r.working, ...r.notWorking];
      if (findings.some((f) => f.input === 'sleep' && f.outcome === 'efficiency')) plantedFound++;
      const falseOnes = findings.filter(
        (f) => !(f.input === 'sleep' && f.outcome === 'efficiency'),
      );
      if (findings.length > 0) falseDiscoveryProportions += falseOnes.length / findings.length;
    }
    expect(plantedFound).toBeGreaterThanOrEqual(38);
    // The FDR is the expected share of false findings per data set; 40 sets estimate it to about
    // ±0.03, so allow one and a half times the nominal 10 %.
    expect(falseDiscoveryProportions / 40).toBeLessThanOrEqual(FDR_Q * 1.5);
  });

  it('with nothing planted, at most a few of 40 data sets show any finding', () => {
    let withFinding = 0;
    for (let seed = 500; seed < 540; seed++) {
      const { journal, activities } = synthetic(seed, 60, false);
      const r = whatsWorking(journal, activities);
      if (r.working.length + r.notWorking.length > 0) withFinding++;
    }
    expect(withFinding).toBeLessThanOrEqual(6);
  });

  it('says honestly how many more runs it needs', () => {
    const { journal, activities } = synthetic(9, 12, true);
    const r = whatsWorking(journal, activities);
    expect(r.pairsTested).toBe(0);
    expect(r.notEnoughData?.sessionsNeeded).toBe(MIN_PAIRS - 12);
    expect(r.notEnoughData?.message).toBe(
      `Not enough data yet — about ${MIN_PAIRS - 12} more runs with a morning check-in and we can start looking for what works for you.`,
    );
  });
});

/** 40 runs where only `plant` ties an input to an outcome; everything else is noise. */
function withPlanted(
  seed: number,
  plant: (entry: JournalEntry, activity: InsightActivity, noise: number) => void,
) {
  const { journal, activities } = synthetic(seed, 40, false);
  const rand = seededRandom(seed + 1);
  activities.forEach((a, i) => plant(journal[i]!, a, gaussian(rand)));
  return { journal, activities };
}

describe('whatsWorking outcomes: pace at heart rate and per-session RPE', () => {
  it('finds higher HRV going with more speed at the reference heart rate', () => {
    const { journal, activities } = withPlanted(21, (e, a, noise) => {
      a.speedAtReferenceHrMps = 2.4 + 0.01 * e.rmssdMs! + 0.08 * noise;
    });
    const r = whatsWorking(journal, activities);
    const found = r.working.find((f) => f.input === 'hrv' && f.outcome === 'paceAtHr');
    expect(found).toBeDefined();
    expect(found!.text).toMatch(/^Higher morning HRV goes with more speed at the same heart rate/);
    expect(r.notWorking.some((f) => f.outcome === 'paceAtHr')).toBe(false);
  });

  it('uses each session’s own RPE over the journal’s, and the journal’s when a session has none', () => {
    // The session ratings follow soreness; the journal's day ratings are pure noise.
    const sessionRated = withPlanted(22, (e, a, noise) => {
      a.rpe = Math.min(10, Math.max(0, Math.round(e.soreness! + 2 + noise)));
    });
    const rated = whatsWorking(sessionRated.journal, sessionRated.activities);
    const sore = rated.notWorking.find((f) => f.input === 'soreness' && f.outcome === 'rpe');
    expect(sore?.text).toMatch(/^More soreness goes with more perceived effort \(RPE\)/);

    // Same ratings written only in the journal: found through the date fallback.
    const journalOnly = {
      journal: sessionRated.journal.map((e, i) => ({ ...e, rpe: sessionRated.activities[i]!.rpe })),
      activities: sessionRated.activities.map(({ rpe: _rpe, ...a }) => a),
    };
    const fallback = whatsWorking(journalOnly.journal, journalOnly.activities);
    expect(fallback.notWorking.find((f) => f.input === 'soreness' && f.outcome === 'rpe')).toEqual(
      sore,
    );

    // Without either, the noisy journal RPE alone shows nothing for soreness.
    const unrated = whatsWorking(
      sessionRated.journal,
      sessionRated.activities.map(({ rpe: _rpe, ...a }) => a),
    );
    expect(unrated.notWorking.some((f) => f.input === 'soreness' && f.outcome === 'rpe')).toBe(
      false,
    );
  });
});
