/**
 * A structured interval run, second by second, for tests and journeys: warm-up, reps of a set
 * distance with timed recoveries, cool-down; one lap per step (as a watch workout writes it) or
 * none; a GPS loop with a hill, and heart rate that follows the effort with a lag.
 */
import type { SyntheticActivity, SyntheticSample } from './synthetic-activity.ts';

export type IntervalPlan = {
  start?: Date;
  warmupS?: number;
  reps?: number;
  repM?: number;
  repSpeedMps?: number;
  restS?: number;
  restSpeedMps?: number;
  cooldownS?: number;
  easySpeedMps?: number;
  /** One lap per step; false writes the whole session as one lap. */
  lapPerStep?: boolean;
  name?: string;
};

type Step = { untilS?: number; untilM?: number; speedMps: number; hr: number };

const LOOP_M = 1600;
const LAT0 = 51.5;
const LON0 = -0.12;
const M_PER_DEG_LAT = 111_195;

function steps(p: Required<Omit<IntervalPlan, 'start' | 'name' | 'lapPerStep'>>): Step[] {
  const list: Step[] = [{ untilS: p.warmupS, speedMps: p.easySpeedMps, hr: 138 }];
  for (let r = 0; r < p.reps; r++) {
    list.push({ untilM: p.repM, speedMps: p.repSpeedMps, hr: 176 });
    if (r < p.reps - 1) list.push({ untilS: p.restS, speedMps: p.restSpeedMps, hr: 145 });
  }
  list.push({ untilS: p.cooldownS, speedMps: p.easySpeedMps, hr: 140 });
  return list;
}

function position(distanceM: number): { lat: number; lon: number; alt: number } {
  const angle = (2 * Math.PI * distanceM) / LOOP_M;
  const radius = LOOP_M / (2 * Math.PI);
  const north = radius * Math.sin(angle);
  const east = radius * (1 - Math.cos(angle));
  return {
    lat: LAT0 + north / M_PER_DEG_LAT,
    lon: LON0 + east / (M_PER_DEG_LAT * Math.cos((LAT0 * Math.PI) / 180)),
    alt: Math.round((30 + 8 * Math.sin(angle)) * 10) / 10,
  };
}

export function intervalSession(plan: IntervalPlan = {}): SyntheticActivity {
  const all = steps({
    warmupS: plan.warmupS ?? 600,
    reps: plan.reps ?? 4,
    repM: plan.repM ?? 1000,
    repSpeedMps: plan.repSpeedMps ?? 1000 / 220,
    restS: plan.restS ?? 120,
    restSpeedMps: plan.restSpeedMps ?? 1.8,
    cooldownS: plan.cooldownS ?? 600,
    easySpeedMps: plan.easySpeedMps ?? 1000 / 345,
  });
  const samples: SyntheticSample[] = [];
  const lapStartsS: number[] = [];
  let t = 0;
  let distanceM = 0;
  let hr = 120;
  const push = (speedMps: number) => {
    const p = position(distanceM);
    samples.push({
      timeS: t,
      heartRateBpm: Math.round(hr),
      speedMps: Math.round(speedMps * 1000) / 1000,
      distanceM: Math.round(distanceM * 100) / 100,
      latitudeDeg: p.lat,
      longitudeDeg: p.lon,
      altitudeM: p.alt,
      cadence: speedMps > 4 ? 186 : 166,
      powerW: null,
    });
  };
  push(0);
  for (const step of all) {
    lapStartsS.push(t);
    const startS = t;
    const startM = distanceM;
    while (
      step.untilS !== undefined ? t - startS < step.untilS : distanceM - startM < step.untilM!
    ) {
      t += 1;
      const speed = step.speedMps * (1 + 0.02 * Math.sin(t / 7));
      distanceM += speed;
      hr += (step.hr - hr) / 20;
      push(speed);
    }
  }
  return {
    sport: 'running',
    subSport: 'generic',
    start: plan.start ?? new Date('2026-11-18T17:30:00Z'),
    samples,
    pauses: [],
    lapEveryS: 600,
    lapStartsS: plan.lapPerStep === false ? [0] : lapStartsS,
    name: plan.name,
  };
}
