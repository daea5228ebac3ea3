import { addDays } from '../../plan/calendar-date.ts';
import type { JournalEntry } from '../../readiness/journal.ts';
import { seededRandom } from '../../stats/seeded-random.ts';
import type { InsightActivity } from '../insight-inputs.ts';

/**
 * Synthetic histories for testing "what's working": every journal field and every session figure
 * is its own AR(1) series with day-to-day persistence `phi` (x_t = φ·x_{t−1} + √(1−φ²)·ε_t, unit
 * variance), all independent of each other, so any finding is a false one — unless `planted`
 * makes efficiency depend on the night's sleep with the given strength (the correlation of the
 * underlying normal series).
 */
export type SyntheticOptions = {
  seed: number;
  days: number;
  phi: number;
  /** Correlation planted between sleep and efficiency (0: none). */
  planted?: number;
};

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
}

function ar1(rand: () => number, n: number, phi: number): number[] {
  const out = [gaussian(rand)];
  const scale = Math.sqrt(1 - phi * phi);
  for (let i = 1; i < n; i++) out.push(phi * out[i - 1]! + scale * gaussian(rand));
  return out;
}

const scale5 = (z: number) => Math.min(5, Math.max(1, Math.round(3 + z)));

export function syntheticHistory(o: SyntheticOptions): {
  journal: JournalEntry[];
  activities: InsightActivity[];
} {
  const rand = seededRandom(o.seed);
  const s = () => ar1(rand, o.days, o.phi);
  const [sleep, quality, hrv, rhr, carbs, sore, stress, mood] = [
    s(),
    s(),
    s(),
    s(),
    s(),
    s(),
    s(),
    s(),
  ];
  const [ef, decoupling, paceAtHr, rpe, load, hour] = [s(), s(), s(), s(), s(), s()];
  const planted = o.planted ?? 0;
  const journal: JournalEntry[] = [];
  const activities: InsightActivity[] = [];
  for (let i = 0; i < o.days; i++) {
    const date = addDays('2027-01-04', i);
    journal.push({
      date,
      sleepHours: 7 + 0.8 * sleep[i]!,
      sleepQuality: scale5(quality[i]!),
      rmssdMs: Math.exp(4 + 0.2 * hrv[i]!),
      restingHrBpm: 50 + 3 * rhr[i]!,
      carbsG: Math.max(0, 250 + 60 * carbs[i]!),
      soreness: scale5(sore[i]!),
      stress: scale5(stress[i]!),
      mood: scale5(mood[i]!),
    });
    // A rest day about one day in seven.
    if (rand() < 1 / 7) continue;
    const efZ = planted * sleep[i]! + Math.sqrt(1 - planted * planted) * ef[i]!;
    activities.push({
      date,
      startHour: Math.min(21, Math.max(5, Math.round(12 + 3 * hour[i]!))),
      sport: 'run',
      efficiencyFactor: 1.5 + 0.05 * efZ,
      decouplingPct: 4 + 2 * decoupling[i]!,
      load: Math.max(5, 60 + 20 * load[i]!),
      speedAtReferenceHrMps: 3 + 0.1 * paceAtHr[i]!,
      rpe: Math.min(10, Math.max(1, Math.round(5 + 1.5 * rpe[i]!))),
    });
  }
  return { journal, activities };
}
