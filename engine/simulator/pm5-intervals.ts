/**
 * Where a virtual PM5's workout crosses a boundary: a split, the end of an interval (then its
 * rest), the next interval, the end of the workout. Counters reset per interval as docs/pm5.md §3
 * describes; splits and pieces are measured in their own unit (time, distance or calories).
 */
import type { Pm5Record } from '../protocols/pm5/multiplexed.ts';
import type { SegmentUnit } from './pm5-program.ts';
import { splitRecords, summaryRecords } from './pm5-records.ts';
import type { Pm5State } from './pm5-state.ts';

/** "After 1 minute of rest/recovery, PM5 sends this data as a revised End Of Workout summary" (ORM WorkoutSummaryCharacteristic.js). */
const RECOVERY_SUMMARY_AFTER_S = 60;

function currentSegment(s: Pm5State) {
  return s.program.segments[s.program.repeat ? 0 : s.segmentIndex] ?? null;
}

export function startSplit(s: Pm5State): void {
  s.splitStart = {
    ...s.totals,
    intervalElapsedS: s.intervalElapsedS,
    intervalDistanceM: s.intervalDistanceM,
  };
}

function closeSplit(s: Pm5State, out: Pm5Record[]): void {
  s.splitNumber += 1;
  out.push(...splitRecords(s));
  s.lastSplit = {
    timeS: s.intervalElapsedS - s.splitStart.intervalElapsedS,
    distanceM: s.intervalDistanceM - s.splitStart.intervalDistanceM,
  };
  startSplit(s);
}

/** Ends the workout: the last split if it has any work, then the summary. */
export function finishWorkout(s: Pm5State, out: Pm5Record[]): void {
  if (s.phase === 'work' && s.intervalElapsedS > s.splitStart.intervalElapsedS) closeSplit(s, out);
  s.phase = 'finished';
  s.endShown = false;
  s.recoveryInS = RECOVERY_SUMMARY_AFTER_S;
  s.stroke = { ...s.stroke, phase: 'idle', phaseS: 0 };
  out.push(...summaryRecords(s));
}

function endInterval(s: Pm5State, out: Pm5Record[]): void {
  const seg = currentSegment(s);
  closeSplit(s, out);
  s.completedIntervals += 1;
  const more = s.program.repeat || s.segmentIndex + 1 < s.program.segments.length;
  if (!more) {
    finishWorkout(s, out);
    return;
  }
  s.stroke = { ...s.stroke, phase: 'idle', phaseS: 0 };
  s.phase = 'rest';
  s.restRemainingS = seg?.restS ?? 0;
}

export function startNextInterval(s: Pm5State): void {
  s.previousIntervalsM += s.intervalDistanceM;
  s.segmentIndex += 1;
  s.intervalElapsedS = 0;
  s.intervalDistanceM = 0;
  s.intervalCaloriesKcal = 0;
  s.stroke = { ...s.stroke, count: 0 };
  s.phase = 'work';
  startSplit(s);
}

/** How far into the interval, in the unit's own terms. */
function intoInterval(s: Pm5State, unit: SegmentUnit): number {
  if (unit === 'time') return s.intervalElapsedS;
  return unit === 'distance' ? s.intervalDistanceM : s.intervalCaloriesKcal;
}

function intoSplit(s: Pm5State, unit: SegmentUnit): number {
  if (unit === 'time') return s.intervalElapsedS - s.splitStart.intervalElapsedS;
  if (unit === 'distance') return s.intervalDistanceM - s.splitStart.intervalDistanceM;
  return s.totals.caloriesKcal - s.splitStart.caloriesKcal;
}

export function checkBoundaries(s: Pm5State, out: Pm5Record[]): void {
  const seg = currentSegment(s);
  const split = seg
    ? seg.split === null
      ? null
      : { unit: seg.unit, value: seg.split }
    : s.program.justRowSplit;
  if (split !== null) {
    const left = seg ? seg.value - intoInterval(s, seg.unit) : Infinity;
    if (intoSplit(s, split.unit) >= split.value && left > 1e-6) closeSplit(s, out);
  }
  if (!seg) return;
  const over = intoInterval(s, seg.unit) - seg.value;
  if (over < (seg.unit === 'time' ? -1e-9 : 0)) return;
  // The last 10 ms step overshoots the target: the piece ends exactly on it, as the PM reports.
  if (seg.unit === 'distance') {
    s.totals = { ...s.totals, distanceM: s.totals.distanceM - over };
    s.intervalDistanceM = seg.value;
  } else if (seg.unit === 'time') {
    s.totals = { ...s.totals, workS: s.totals.workS - over };
    s.intervalElapsedS = seg.value;
  } else {
    s.totals = { ...s.totals, caloriesKcal: s.totals.caloriesKcal - over };
    s.intervalCaloriesKcal = seg.value;
  }
  endInterval(s, out);
}
