import { withDerivedSpeed, withTrackDistance } from '../activity/derive-streams.ts';
import { joinDistance } from '../activity/distance-continuity.ts';
import { findGapPauses, mergePauses } from '../activity/pauses.ts';
import {
  dropImplausibleSpeed,
  dropPlaceholderHeartRate,
  maxSpeedMps,
} from '../activity/plausible-values.ts';
import { repairTimeline } from '../activity/repair-timeline.ts';
import { canonicalSport } from '../activity/sport.ts';
import type { Activity, ActivityStreams, ImportNote, Pause } from '../activity/types.ts';
import type { ImportError } from './import-error.ts';
import { fillFromLapTotals } from './lap-totals.ts';
import { heartRateNote, timelineNotes, valueNotes } from './import-notes.ts';
import type { RawLeg } from './raw-leg.ts';

/** Nothing a person imports was recorded before 1990 (the first GPS sports watches are later). */
export const EARLIEST_S = Date.UTC(1990, 0, 1) / 1000;
/** Clocks drift and time zones confuse exports: up to a day past "now" is tolerated. */
const FUTURE_SLACK_S = 24 * 3600;

export type Assembled = { ok: true; activity: Activity } | { ok: false; error: ImportError };

const dateText = (s: number) => new Date(s * 1000).toISOString().slice(0, 10);

function implausibleDate(label: string, s: ActivityStreams, nowS: number): Assembled {
  const first = s.timeS[0] ?? NaN;
  const when = Number.isFinite(first) ? dateText(first) : 'an unreadable date';
  const why =
    first > nowS
      ? `after today (${dateText(nowS)})`
      : 'before 1990, so the device’s clock was not set';
  return {
    ok: false,
    error: {
      type: 'ImplausibleDate',
      message: `${label} says it was recorded on ${when}, ${why}. Nothing was imported: set the device’s date and export it again.`,
    },
  };
}

/** The start: the file's own when it fits the samples, else the first sample. */
function startOf(leg: RawLeg, firstS: number): number {
  const declared = leg.declaredStartS;
  if (declared === null || declared < firstS - 24 * 3600 || declared > firstS + 60) return firstS;
  return Math.min(declared, firstS);
}

function cleanDistance(leg: RawLeg, streams: ActivityStreams, startS: number, notes: ImportNote[]) {
  const limit = maxSpeedMps(leg.sport);
  const droppedSpeed = dropImplausibleSpeed(streams.speedMps, limit);
  let s = withTrackDistance(streams, new Set(leg.breaksS));
  const joined = joinDistance(s.timeS, s.distanceM, limit, startS);
  s = { ...s, distanceM: joined.distanceM };
  const filled = fillFromLapTotals(s, joined.discarded ? [] : leg.laps, limit);
  notes.push(...valueNotes(leg.sport, droppedSpeed, joined, filled));
  return withDerivedSpeed(filled.streams);
}

function pausesOf(leg: RawLeg, s: ActivityStreams, startS: number): Pause[] {
  const pauses: Pause[] = [];
  if (leg.timerPauses) {
    for (const p of leg.timerPauses)
      pauses.push({ startS: p.startS - startS, endS: p.endS - startS, reason: 'timer' });
  } else {
    pauses.push(...findGapPauses(s.timeS, s.distanceM));
  }
  for (const breakS of leg.breaksS) {
    const i = s.timeS.indexOf(breakS - startS);
    if (i > 0) pauses.push({ startS: s.timeS[i - 1]!, endS: s.timeS[i]!, reason: 'gap' });
  }
  return mergePauses(pauses);
}

/**
 * One leg as the `Activity` every format shares: wrongly dated samples dropped one by one, values
 * beyond physical limits left out, distance joined across restarts and holes, pauses from the
 * timer (or, without one, from silences in which nothing moved), offsets from the start.
 */
export function assembleActivity(leg: RawLeg, nowMs: number, label: string): Assembled {
  const nowS = nowMs / 1000;
  const repair = repairTimeline(leg.streams, { minS: EARLIEST_S, maxS: nowS + FUTURE_SLACK_S });
  if (repair.streams.timeS.length === 0) return implausibleDate(label, leg.streams, nowS);
  const notes: ImportNote[] = [...leg.notes, ...timelineNotes(repair)];
  const firstS = repair.streams.timeS[0]!;
  const startS = startOf(leg, firstS);
  const placeholders = dropPlaceholderHeartRate(repair.streams.heartRateBpm);
  if (placeholders > 0) notes.push(heartRateNote(placeholders, repair.streams.timeS.length));
  const streams = cleanDistance(leg, repair.streams, startS, notes);
  for (let i = 0; i < streams.timeS.length; i++) streams.timeS[i] = streams.timeS[i]! - startS;
  const pauses = pausesOf(leg, streams, startS);

  const activity: Activity = {
    sport: canonicalSport(leg.sport, leg.subSport),
    subSport: leg.subSport,
    startTime: new Date(startS * 1000).toISOString(),
    source: leg.source,
    device: leg.device,
    laps: leg.laps.map((lap) => ({
      startTime: new Date(lap.startS * 1000).toISOString(),
      startOffsetS: lap.startS - startS,
      elapsedS: lap.elapsedS,
      movingS: lap.movingS,
      distanceM: lap.distanceM,
    })),
    pauses,
    streams,
    notes,
    deviceTotals: leg.deviceTotals,
    swim: leg.swim && {
      poolLengthM: leg.swim.poolLengthM,
      lengths: leg.swim.lengths.map(({ startS: at, ...length }) => ({
        ...length,
        startOffsetS: at - startS,
      })),
    },
    multisport: leg.multisport,
    rrIntervalsMs: leg.rrIntervalsMs,
    name: leg.name ?? null,
  };
  return { ok: true, activity };
}
