import { Decoder, Stream } from '@garmin/fitsdk';
import type { EventMesg, FitMessages, LapMesg, RecordMesg, SessionMesg } from '@garmin/fitsdk';
import { findGapPauses, mergePauses } from '../../activity/pauses.ts';
import { createStreamBuilder, type SampleRow } from '../../activity/stream-builder.ts';
import type { Activity, Lap, Pause } from '../../activity/types.ts';
import { importFailure, type ImportResult } from '../import-error.ts';
import { fitName } from './fit-names.ts';
import { cadenceScale } from '../stride-cadence.ts';

/** FIT positions are in semicircles: 2^31 of them make 180 degrees (FIT SDK, "position_lat"). */
const DEGREES_PER_SEMICIRCLE = 180 / 2 ** 31;
const FIT_HEADER_MIN_BYTES = 12;
const FIT_CRC_BYTES = 2;

function declaredLength(bytes: Uint8Array): number | null {
  if (bytes.length < FIT_HEADER_MIN_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes[0]! + view.getUint32(4, true) + FIT_CRC_BYTES;
}

function timeOf(value: unknown): number | null {
  return value instanceof Date ? value.getTime() : null;
}

function decodeFailure(bytes: Uint8Array, errors: Error[]): ImportResult {
  const text = errors.map((e) => e.message).join('; ');
  const expected = declaredLength(bytes);
  if (expected === null || bytes.length < expected || /end of stream/i.test(text)) {
    return importFailure(
      'Truncated',
      `This FIT file ends early (${bytes.length} of ${expected ?? 'at least 14'} bytes): it was probably cut off while copying. Try copying it from the device again.`,
    );
  }
  if (/crc/i.test(text)) {
    return importFailure(
      'Corrupt',
      'This FIT file is damaged: its checksum does not match its contents. Try exporting it from the device or app again.',
    );
  }
  return importFailure(
    'Corrupt',
    `This FIT file could not be read (${text}). Try exporting it from the device or app again.`,
  );
}

function timerPauses(events: EventMesg[] | undefined, startMs: number): Pause[] {
  const pauses: Pause[] = [];
  let stoppedAtS: number | null = null;
  for (const event of events ?? []) {
    if (event.event !== 'timer') continue;
    const atMs = timeOf(event.timestamp);
    if (atMs === null) continue;
    const atS = (atMs - startMs) / 1000;
    if (event.eventType === 'stop' || event.eventType === 'stopAll') {
      stoppedAtS ??= atS;
    } else if (event.eventType === 'start' && stoppedAtS !== null) {
      pauses.push({ startS: stoppedAtS, endS: atS, reason: 'timer' });
      stoppedAtS = null;
    }
  }
  return pauses;
}

function toLaps(laps: LapMesg[] | undefined, startMs: number): Lap[] {
  return (laps ?? []).flatMap((lap) => {
    const lapStartMs = timeOf(lap.startTime);
    if (lapStartMs === null) return [];
    return [
      {
        startTime: new Date(lapStartMs).toISOString(),
        startOffsetS: (lapStartMs - startMs) / 1000,
        elapsedS: lap.totalElapsedTime ?? 0,
        movingS: lap.totalMovingTime ?? null,
        distanceM: lap.totalDistance ?? null,
      },
    ];
  });
}

function deviceName(messages: FitMessages): string | null {
  const fileId = messages.fileIdMesgs?.[0];
  if (!fileId) return null;
  if (fileId.productName) return fileId.productName;
  const maker = typeof fileId.manufacturer === 'string' ? fileId.manufacturer : null;
  const product = typeof fileId.garminProduct === 'string' ? fileId.garminProduct : null;
  return [maker, product].filter(Boolean).join(' ') || null;
}

type CadenceLeg = { fromMs: number; scale: number };

/**
 * The cadence scale of each leg, by start time: in a multi-sport file a run leg's cadence is
 * doubled to steps per minute while a bike leg's pedal revolutions are kept, whatever the sport
 * of the whole activity. A file without sessions uses the activity's sport throughout.
 */
function cadenceLegs(sessions: SessionMesg[] | undefined, sport: string): CadenceLeg[] {
  const legs = (sessions ?? []).flatMap((session) => {
    const fromMs = timeOf(session.startTime);
    return fromMs === null
      ? []
      : [{ fromMs, scale: cadenceScale(fitName(session.sport, 'generic')) }];
  });
  legs.sort((a, b) => a.fromMs - b.fromMs);
  const first = legs[0];
  if (!first) return [{ fromMs: -Infinity, scale: cadenceScale(sport) }];
  first.fromMs = -Infinity;
  return legs;
}

function recordsToStreams(records: RecordMesg[], startMs: number, legs: CadenceLeg[]) {
  const builder = createStreamBuilder(records.length);
  // One row object reused for every record: this loop runs once per second of every activity.
  const row: SampleRow = { timeS: 0 };
  let leg = 0;
  for (const r of records) {
    const atMs = timeOf(r.timestamp);
    if (atMs === null) continue;
    while (leg + 1 < legs.length && atMs >= legs[leg + 1]!.fromMs) leg++;
    const scale = legs[leg]!.scale;
    row.timeS = (atMs - startMs) / 1000;
    row.heartRateBpm = r.heartRate;
    row.speedMps = r.enhancedSpeed ?? r.speed;
    row.powerW = r.power;
    row.cadence =
      r.cadence === undefined ? undefined : (r.cadence + (r.fractionalCadence ?? 0)) * scale;
    row.distanceM = r.distance;
    row.latitudeDeg =
      r.positionLat === undefined ? undefined : r.positionLat * DEGREES_PER_SEMICIRCLE;
    row.longitudeDeg =
      r.positionLong === undefined ? undefined : r.positionLong * DEGREES_PER_SEMICIRCLE;
    row.altitudeM = r.enhancedAltitude ?? r.altitude;
    builder.push(row);
  }
  return builder.build();
}

const sessionSeconds = (session: SessionMesg) =>
  session.totalTimerTime ?? session.totalElapsedTime ?? 0;

/**
 * The session that names the activity. A multi-sport file (triathlon, duathlon, swimrun, or a
 * "multisport" recording on a Garmin/Coros watch) holds one session per leg; we keep the whole
 * recording as one activity and take the sport and sub-sport of its longest leg by timer time
 * (elapsed time when a device leaves the timer out), the earliest leg winning a tie. Load and
 * efficiency then follow the sport the athlete spent most of the time on, and the start time is
 * the first leg's start; cadence keeps each leg's own unit (see `cadenceLegs`). Splitting legs
 * into separate activities is left to a later issue.
 */
function primarySession(sessions: SessionMesg[] | undefined): SessionMesg | undefined {
  let primary: SessionMesg | undefined;
  for (const session of sessions ?? []) {
    if (!primary || sessionSeconds(session) > sessionSeconds(primary)) primary = session;
  }
  return primary;
}

function earliestSessionStartMs(sessions: SessionMesg[] | undefined): number | null {
  const starts = (sessions ?? []).flatMap((s) => {
    const ms = timeOf(s.startTime);
    return ms === null ? [] : [ms];
  });
  return starts.length === 0 ? null : Math.min(...starts);
}

/** Reads a FIT activity file with Garmin's official decoder (FIT SDK, @garmin/fitsdk). */
export function importFit(bytes: Uint8Array): ImportResult {
  const expected = declaredLength(bytes);
  if (expected !== null && bytes.length < expected) return decodeFailure(bytes, []);
  const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  if (errors.length > 0) return decodeFailure(bytes, errors);

  const fileType = messages.fileIdMesgs?.[0]?.type;
  if (fileType !== undefined && fileType !== 'activity') {
    return importFailure(
      'NotAnActivity',
      `This FIT file holds a ${fitName(fileType, 'other').replace(/_/g, ' ')} file, not a recorded activity.`,
    );
  }
  const records = messages.recordMesgs ?? [];
  const firstRecordMs = timeOf(records.find((r) => r.timestamp instanceof Date)?.timestamp);
  if (firstRecordMs === null) {
    return importFailure('NotAnActivity', 'This FIT file has no recorded samples to analyze.');
  }
  const session = primarySession(messages.sessionMesgs);
  const startMs =
    earliestSessionStartMs(messages.sessionMesgs) ??
    Math.min(firstRecordMs, timeOf(messages.lapMesgs?.[0]?.startTime) ?? Infinity);
  const sport = fitName(session?.sport ?? messages.sportMesgs?.[0]?.sport, 'generic');
  const streams = recordsToStreams(records, startMs, cadenceLegs(messages.sessionMesgs, sport));
  const pauses = mergePauses([
    ...timerPauses(messages.eventMesgs, startMs),
    ...findGapPauses(streams.timeS),
  ]);

  const activity: Activity = {
    sport,
    subSport: session?.subSport === undefined ? null : fitName(session.subSport, 'generic'),
    startTime: new Date(startMs).toISOString(),
    source: 'fit',
    device: deviceName(messages),
    laps: toLaps(messages.lapMesgs, startMs),
    pauses,
    streams,
  };
  return { ok: true, activity };
}
