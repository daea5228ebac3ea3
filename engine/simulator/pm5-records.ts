/**
 * The PM5 records a virtual monitor sends, built from its state. Field meanings and which
 * counters reset when: docs/pm5.md and the record modules in engine/protocols/pm5/.
 */
import { caloriesPerHour } from '../rowing/concept2.ts';
import type { Pm5Record } from '../protocols/pm5/multiplexed.ts';
import {
  DURATION_TYPE,
  INTERVAL_TYPE,
  STROKE_STATE,
  WORKOUT_STATE,
  WORKOUT_TYPE,
} from '../protocols/pm5/enums.ts';
import type { Pm5State, Totals } from './pm5-state.ts';
import type { SegmentUnit } from './pm5-program.ts';

const paceFor = (timeS: number, distanceM: number): number =>
  distanceM > 0 ? (500 * timeS) / distanceM : 0;
const avg = (sum: number, n: number): number => (n > 0 ? sum / n : 0);

function segment(s: Pm5State) {
  return s.program.segments[s.program.repeat ? 0 : s.segmentIndex] ?? null;
}

function isInterval(s: Pm5State): boolean {
  return s.program.repeat || s.program.workoutType === WORKOUT_TYPE.variableInterval;
}

function workoutState(s: Pm5State): number {
  if (s.phase === 'waiting') return WORKOUT_STATE.waitToBegin;
  if (s.phase === 'finished')
    return s.endShown ? WORKOUT_STATE.workoutLogged : WORKOUT_STATE.workoutEnd;
  if (s.phase === 'rest') return WORKOUT_STATE.intervalRest;
  if (!isInterval(s)) return WORKOUT_STATE.workoutRow;
  return segment(s)?.unit === 'time'
    ? WORKOUT_STATE.intervalWorkTime
    : WORKOUT_STATE.intervalWorkDistance;
}

const INTERVAL_OF: Record<SegmentUnit, number> = {
  time: INTERVAL_TYPE.time,
  distance: INTERVAL_TYPE.distance,
  calories: INTERVAL_TYPE.calorie,
};

const DURATION_OF: Record<SegmentUnit, number> = {
  time: DURATION_TYPE.time,
  distance: DURATION_TYPE.distance,
  calories: DURATION_TYPE.calories,
};

function intervalType(s: Pm5State): number {
  if (s.phase === 'rest') return INTERVAL_TYPE.rest;
  const seg = segment(s);
  return seg ? INTERVAL_OF[seg.unit] : INTERVAL_TYPE.none;
}

function strokeState(s: Pm5State): number {
  if (s.stroke.phase === 'drive') return STROKE_STATE.driving;
  if (s.stroke.phase === 'recovery') return STROKE_STATE.recovery;
  return s.stroke.count > 0
    ? STROKE_STATE.waitingForWheelToAccelerate
    : STROKE_STATE.waitingForWheelToReachMinSpeed;
}

const rowing = (s: Pm5State): boolean => s.stroke.phase !== 'idle';

export function statusRecords(s: Pm5State): Pm5Record[] {
  const seg = segment(s);
  const shape = rowing(s) ? s.stroke.shape : null;
  const split = splitFigures(s);
  const averagePowerW = Math.round(avg(s.totals.energyJ, s.totals.workS));
  return [
    {
      record: 'pm5-general-status',
      value: {
        elapsedS: s.intervalElapsedS,
        distanceM: s.intervalDistanceM,
        workoutType: s.program.workoutType,
        intervalType: intervalType(s),
        workoutState: workoutState(s),
        rowingState: rowing(s) ? 1 : 0,
        strokeState: strokeState(s),
        totalWorkDistanceM: s.previousIntervalsM,
        workoutDuration: seg?.value ?? 0,
        workoutDurationType: DURATION_OF[seg?.unit ?? 'time'],
        dragFactor: s.dragFactor,
      },
    },
    {
      record: 'pm5-additional-status',
      value: {
        elapsedS: s.intervalElapsedS,
        speedMps: shape?.speedMps ?? 0,
        strokeRateSpm: shape ? Math.round(s.stroke.strokeRateSpm) : 0,
        heartRateBpm: s.heartRateBpm,
        currentPaceS500m: shape?.paceS500m ?? 0,
        averagePaceS500m: paceFor(s.intervalElapsedS, s.intervalDistanceM),
        restDistanceM: 0,
        restTimeS: s.phase === 'rest' ? s.restRemainingS : 0,
        averagePowerW,
        ergMachineType: 0,
      },
    },
    {
      record: 'pm5-additional-status-2',
      value: {
        elapsedS: s.intervalElapsedS,
        intervalCount: s.completedIntervals,
        averagePowerW,
        totalCaloriesKcal: Math.round(s.totals.caloriesKcal),
        splitAveragePaceS500m: split.paceS500m,
        splitAveragePowerW: Math.round(split.powerW),
        splitCaloriesKcal: Math.round(s.totals.caloriesKcal),
        lastSplitTimeS: s.lastSplit.timeS,
        lastSplitDistanceM: Math.round(s.lastSplit.distanceM),
      },
    },
  ];
}

function projected(s: Pm5State): { timeS: number; distanceM: number } {
  const seg = segment(s);
  const speed = s.stroke.shape?.speedMps ?? 0;
  if (!seg || speed === 0) return { timeS: 0, distanceM: 0 };
  if (seg.unit === 'time') {
    return {
      timeS: seg.value,
      distanceM: s.intervalDistanceM + speed * (seg.value - s.intervalElapsedS),
    };
  }
  return {
    timeS: s.intervalElapsedS + (seg.value - s.intervalDistanceM) / speed,
    distanceM: seg.value,
  };
}

/** 0x0035 + 0x0036 at the end of a drive; 0x0035 alone (with its recovery time) at the end of the recovery. */
export function strokeRecords(
  s: Pm5State,
  moment: 'end-of-drive' | 'end-of-recovery',
): Pm5Record[] {
  const shape = s.stroke.shape;
  if (!shape) return [];
  const stroke: Pm5Record = {
    record: 'pm5-stroke-data',
    value: {
      elapsedS: s.intervalElapsedS,
      distanceM: s.intervalDistanceM,
      driveLengthM: shape.driveLengthM,
      driveTimeS: shape.driveTimeS,
      recoveryTimeS: s.stroke.lastRecoveryS,
      strokeDistanceM: shape.strokeDistanceM,
      peakDriveForceLbs: shape.peakDriveForceLbs,
      averageDriveForceLbs: shape.averageDriveForceLbs,
      workPerStrokeJ: s.stroke.count <= 1 ? null : shape.workPerStrokeJ,
      strokeCount: s.stroke.count,
    },
  };
  if (moment === 'end-of-recovery') return [stroke];
  const p = projected(s);
  return [
    stroke,
    {
      record: 'pm5-additional-stroke-data',
      value: {
        elapsedS: s.intervalElapsedS,
        strokePowerW: Math.round(shape.powerW),
        strokeCaloriesPerHour: Math.round(caloriesPerHour(shape.powerW)),
        strokeCount: s.stroke.count,
        projectedWorkTimeS: Math.round(p.timeS),
        projectedWorkDistanceM: Math.round(p.distanceM),
        workPerStrokeJ: s.stroke.count <= 1 ? null : shape.workPerStrokeJ,
      },
    },
  ];
}

function difference(now: Totals, start: Totals): Totals {
  const keys = Object.keys(now) as Array<keyof Totals>;
  return Object.fromEntries(keys.map((k) => [k, now[k] - start[k]])) as Totals;
}

function splitFigures(s: Pm5State) {
  const d = difference(s.totals, s.splitStart);
  return {
    ...d,
    timeS: s.intervalElapsedS - s.splitStart.intervalElapsedS,
    distanceM: s.intervalDistanceM - s.splitStart.intervalDistanceM,
    paceS500m: paceFor(d.workS, d.distanceM),
    powerW: avg(d.energyJ, d.workS),
  };
}

/** 0x0037 + 0x0038 when a split or interval ends (numbered from 1). */
export function splitRecords(s: Pm5State): Pm5Record[] {
  const f = splitFigures(s);
  const seg = segment(s);
  return [
    {
      record: 'pm5-split-interval',
      value: {
        elapsedS: s.intervalElapsedS,
        distanceM: s.intervalDistanceM,
        intervalTimeS: f.timeS,
        intervalDistanceM: Math.round(f.distanceM),
        intervalRestTimeS: isInterval(s) ? (seg?.restS ?? 0) : 0,
        intervalRestDistanceM: 0,
        intervalType: intervalType(s),
        intervalNumber: s.splitNumber,
      },
    },
    {
      record: 'pm5-additional-split-interval',
      value: {
        elapsedS: s.intervalElapsedS,
        intervalAverageStrokeRateSpm: Math.round(avg(f.strokeRateSum, f.strokes)),
        intervalWorkHeartRateBpm: Math.round(avg(f.heartRateSum, f.heartRateSamples)),
        intervalRestHeartRateBpm: 0,
        intervalAveragePaceS500m: f.paceS500m,
        intervalTotalCaloriesKcal: Math.round(f.caloriesKcal),
        intervalAverageCaloriesPerHour: Math.round(caloriesPerHour(f.powerW)),
        intervalSpeedMps: f.workS > 0 ? f.distanceM / f.workS : 0,
        intervalPowerW: Math.round(f.powerW),
        intervalAverageDragFactor: s.dragFactor,
        intervalNumber: s.splitNumber,
        ergMachineType: 0,
      },
    },
  ];
}

/** 0x0039 + 0x003A when the workout ends. */
export function summaryRecords(s: Pm5State): Pm5Record[] {
  const t = s.totals;
  const powerW = avg(t.energyJ, t.workS);
  const hr = Math.round(avg(t.heartRateSum, t.heartRateSamples));
  const seg = s.program.segments[0];
  const splitSize = seg?.split ?? s.program.justRowSplit?.value ?? seg?.value ?? 0;
  return [
    {
      record: 'pm5-workout-summary',
      value: {
        logDate: s.logDate,
        logTime: s.logTime,
        elapsedS: t.workS,
        distanceM: t.distanceM,
        averageStrokeRateSpm: Math.round(avg(t.strokeRateSum, t.strokes)),
        endingHeartRateBpm: Math.round(s.heartRateBpm ?? 0),
        averageHeartRateBpm: hr,
        minHeartRateBpm: Math.round(s.heartRateRange?.minBpm ?? 0),
        maxHeartRateBpm: Math.round(s.heartRateRange?.maxBpm ?? 0),
        averageDragFactor: s.dragFactor,
        recoveryHeartRateBpm: s.recoveryHeartRateBpm,
        workoutType: s.program.workoutType,
        averagePaceS500m: paceFor(t.workS, t.distanceM),
      },
    },
    {
      record: 'pm5-additional-workout-summary',
      value: {
        logDate: s.logDate,
        logTime: s.logTime,
        splitIntervalType: INTERVAL_OF[seg?.unit ?? s.program.justRowSplit?.unit ?? 'time'],
        splitIntervalSize: Math.round(splitSize),
        splitIntervalCount: s.splitNumber,
        totalCaloriesKcal: Math.round(t.caloriesKcal),
        powerW: Math.round(powerW),
        totalRestDistanceM: 0,
        intervalRestTimeS: seg?.restS ?? 0,
        averageCaloriesPerHour: Math.round(caloriesPerHour(powerW)),
      },
    },
  ];
}
