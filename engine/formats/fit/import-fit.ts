import { Decoder, Stream } from '@garmin/fitsdk';
import type { EventMesg, FitMessages, LapMesg, RecordMesg } from '@garmin/fitsdk';
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

function recordsToStreams(records: RecordMesg[], startMs: number, sport: string) {
  const scale = cadenceScale(sport);
  const builder = createStreamBuilder(records.length);
  // One row object reused for every record: this loop runs once per second of every activity.
  const row: SampleRow = { timeS: 0 };
  for (const r of records) {
    const atMs = timeOf(r.timestamp);
    if (atMs === null) continue;
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
  const session = messages.sessionMesgs?.[0];
  const startMs =
    timeOf(session?.startTime) ??
    Math.min(firstRecordMs, timeOf(messages.lapMesgs?.[0]?.startTime) ?? Infinity);
  const sport = fitName(session?.sport ?? messages.sportMesgs?.[0]?.sport, 'generic');
  const streams = recordsToStreams(records, startMs, sport);
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
