import type * as Y from 'yjs';
import type { ActivityStreams } from '@/engine/activity/types';
import { originalFileSchema, type OriginalFile } from './original-file';
import { columnsToStreams, streamNames, streamsToColumns } from './stream-columns';

/**
 * Per-stroke rowing data, one entry per stroke in every column. Times are session seconds on the
 * same clock as `timeS`; `distanceM` is the session distance at the stroke. Float64 keeps the
 * monitor's 0.01-resolution values exactly as recorded.
 */
const strokeFields = [
  'atS',
  'distanceM',
  'strokeDistanceM',
  'driveLengthM',
  'driveTimeS',
  'recoveryTimeS',
  'peakDriveForceLbs',
  'averageDriveForceLbs',
  'workPerStrokeJ',
  'strokePowerW',
  'strokeRateSpm',
] as const;

export type StrokeColumns = Record<(typeof strokeFields)[number], Float64Array>;

/**
 * Beat-to-beat (RR) intervals for heart-rate variability, one entry per interval: `atS` is when
 * the strap reported it. RR values come in 1/1024 s, which Float32 milliseconds hold exactly.
 */
export type RrColumns = { atS: Float64Array; rrMs: Float32Array };

export type ActivityBeats = { strokes: StrokeColumns; rr: RrColumns };

export function emptyBeats(): ActivityBeats {
  const strokes = {} as StrokeColumns;
  for (const field of strokeFields) strokes[field] = new Float64Array(0);
  return { strokes, rr: { atS: new Float64Array(0), rrMs: new Float32Array(0) } };
}

const bytesOf = (array: Float32Array | Float64Array) =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength).slice();

/**
 * `<a>/activity/<id>`: the recorded streams, plus strokes and RR intervals when there were any and
 * the imported file itself when there was one, written once in one transaction and then only
 * read. The `strokes`, `rr` and `original` maps came after the first documents were written; a
 * document without them simply has none, so no migration.
 */
export function writeActivityStreams(
  doc: Y.Doc,
  streams: ActivityStreams,
  beats: ActivityBeats = emptyBeats(),
  original: OriginalFile | null = null,
): 'written' | 'exists' {
  const map = doc.getMap<Uint8Array>('streams');
  if (map.size > 0) return 'exists';
  const columns = streamsToColumns(streams);
  doc.transact(() => {
    for (const name of streamNames) map.set(name, columns[name]);
    if (beats.strokes.atS.length > 0) {
      const strokes = doc.getMap<Uint8Array>('strokes');
      for (const field of strokeFields) strokes.set(field, bytesOf(beats.strokes[field]));
    }
    if (beats.rr.atS.length > 0) {
      const rr = doc.getMap<Uint8Array>('rr');
      rr.set('atS', bytesOf(beats.rr.atS));
      rr.set('rrMs', bytesOf(beats.rr.rrMs));
    }
    if (original) {
      const kept = doc.getMap<unknown>('original');
      for (const [key, value] of Object.entries(originalFileSchema.parse(original)))
        kept.set(key, value);
    }
  });
  return 'written';
}

export function readActivityStreams(doc: Y.Doc): ActivityStreams | null {
  return columnsToStreams(doc.getMap<unknown>('streams').toJSON());
}

function column<T extends Float32Array | Float64Array>(
  bytes: unknown,
  Type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
): T | null {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0)
    return null;
  return new Type(bytes.slice().buffer);
}

/** Strokes and RR intervals; none when the document has none or they are malformed. */
export function readActivityBeats(doc: Y.Doc): ActivityBeats {
  const beats = emptyBeats();
  const strokeMap = doc.getMap<unknown>('strokes');
  const arrays = strokeFields.map((field) => column(strokeMap.get(field), Float64Array));
  const length = arrays[0]?.length;
  if (arrays.every((array) => array !== null && array.length === length)) {
    strokeFields.forEach((field, i) => (beats.strokes[field] = arrays[i]!));
  }
  const rrMap = doc.getMap<unknown>('rr');
  const atS = column(rrMap.get('atS'), Float64Array);
  const rrMs = column(rrMap.get('rrMs'), Float32Array);
  if (atS && rrMs && atS.length === rrMs.length) beats.rr = { atS, rrMs };
  return beats;
}

/** The file the activity was imported from; null for a recording or an activity from before. */
export function readOriginalFile(doc: Y.Doc): OriginalFile | null {
  const parsed = originalFileSchema.safeParse(doc.getMap<unknown>('original').toJSON());
  return parsed.success ? parsed.data : null;
}

/**
 * Beats from an imported file's RR intervals, which carry no times of their own: each is placed
 * where the beats before it add up to, from the start of the activity.
 */
export function beatsFromRr(rrMs: Float32Array | null): ActivityBeats {
  const beats = emptyBeats();
  if (!rrMs || rrMs.length === 0) return beats;
  const atS = new Float64Array(rrMs.length);
  let at = 0;
  for (let i = 0; i < rrMs.length; i++) {
    at += rrMs[i]! / 1000;
    atS[i] = at;
  }
  beats.rr = { atS, rrMs: Float32Array.from(rrMs) };
  return beats;
}
