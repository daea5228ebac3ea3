import {
  createStreamBuilder,
  type SampleRow,
  type StreamBuilder,
} from '../../activity/stream-builder.ts';
import { sportFromLabel } from '../../activity/sport.ts';
import type { DeviceTotals, MultisportLeg } from '../../activity/types.ts';
import type { RawLap, RawLeg } from '../raw-leg.ts';

/** One TCX lap (or multisport Transition) with the totals the device wrote for it. */
export type TcxLap = RawLap & {
  calories: number | null;
  avgHr: number | null;
  maxHr: number | null;
};

/** A TCX <Activity> or <Transition> being read. */
export type TcxLeg = {
  sportLabel: string | undefined;
  transition: boolean;
  creator: string | null;
  builder: StreamBuilder;
  laps: TcxLap[];
  breaksS: number[];
  inMultisport: boolean;
  /** The activity's <Notes>, which Garmin and Strava exports use for its title. */
  name: string | null;
};

export function newLeg(
  sportLabel: string | undefined,
  transition: boolean,
  inMultisport: boolean,
): TcxLeg {
  return {
    sportLabel,
    transition,
    creator: null,
    builder: createStreamBuilder(1024),
    laps: [],
    breaksS: [],
    inMultisport,
    name: null,
  };
}

export function newLap(startS: number): TcxLap {
  return {
    startS,
    elapsedS: 0,
    movingS: null,
    distanceM: null,
    calories: null,
    avgHr: null,
    maxHr: null,
  };
}

/**
 * Rowing apps write TCX with Sport="Other" (the schema knows only Running, Biking, Other):
 * CrewNerd, Painsled, NK SpeedCoach / LiNK, Rowing in Motion, ErgData and the Concept2 logbook
 * (Creator "Concept2 PM5") name themselves as creator or author, and CrewNerd adds its own
 * Check/Bounce trackpoint extensions.
 */
const ROWING_APPS =
  /crewnerd|painsled|speed ?coach|\bnk\b|nielsen[- ]kellerman|rowing ?in ?motion|concept ?2|\bpm ?[345]\b|ergdata|erg ?zone|rowpro|\brp3\b|coxorb|rowsandall|rowingdata/i;

export function isRowingApp(name: string | null | undefined): boolean {
  return name !== null && name !== undefined && ROWING_APPS.test(name);
}

function legSport(leg: TcxLeg, rowingSignal: boolean): string {
  if (leg.transition) return 'transition';
  const sport = sportFromLabel(leg.sportLabel);
  if ((rowingSignal || isRowingApp(leg.creator)) && (sport === 'generic' || sport === 'rowing'))
    return 'rowing';
  return sport;
}

/** The laps summed: TCX TotalTimeSeconds is the lap's timer time (schema, "ActivityLap_t"). */
function lapTotals(laps: TcxLap[]): DeviceTotals | null {
  if (laps.length === 0) return null;
  const sum = (pick: (lap: TcxLap) => number | null) => {
    const values = laps.map(pick).filter((v): v is number => v !== null);
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
  };
  const timed = laps.filter((lap) => lap.avgHr !== null && lap.elapsedS > 0);
  const hrSeconds = timed.reduce((s, lap) => s + lap.elapsedS, 0);
  const maxHr = laps.flatMap((lap) => (lap.maxHr === null ? [] : [lap.maxHr]));
  return {
    elapsedS: null,
    timerS: sum((lap) => lap.elapsedS),
    distanceM: sum((lap) => lap.distanceM),
    avgHr: hrSeconds > 0 ? timed.reduce((s, l) => s + l.avgHr! * l.elapsedS, 0) / hrSeconds : null,
    maxHr: maxHr.length > 0 ? Math.max(...maxHr) : null,
    caloriesKcal: sum((lap) => lap.calories),
    avgPowerW: null,
    ascentM: null,
  };
}

/** A leg without trackpoints keeps its laps' starts and ends, so lap totals can carry it. */
function rowsFromLaps(leg: TcxLeg): void {
  const row: SampleRow = { timeS: 0 };
  for (const lap of leg.laps) {
    row.timeS = lap.startS;
    leg.builder.push(row);
    row.timeS = lap.startS + lap.elapsedS;
    leg.builder.push(row);
  }
}

export function finishLeg(
  leg: TcxLeg,
  rowingSignal: boolean,
  multisport: MultisportLeg | null,
): RawLeg | null {
  if (leg.builder.length === 0) rowsFromLaps(leg);
  if (leg.builder.length === 0) return null;
  return {
    sport: legSport(leg, rowingSignal),
    subSport: null,
    source: 'tcx',
    device: leg.creator,
    declaredStartS: leg.laps[0]?.startS ?? null,
    streams: leg.builder.build(),
    breaksS: leg.breaksS,
    timerPauses: null,
    laps: leg.laps.map(({ startS, elapsedS, movingS, distanceM }) => ({
      startS,
      elapsedS,
      movingS,
      distanceM,
    })),
    swim: null,
    deviceTotals: lapTotals(leg.laps),
    rrIntervalsMs: null,
    notes: [],
    multisport,
    name: leg.name,
  };
}
