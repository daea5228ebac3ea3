import type { ActivityStreams, StreamName } from '@/engine/activity/types';

/**
 * Activity streams as binary columns for `<a>/activity/<id>`: each typed array's bytes as they
 * are in memory (little-endian on every platform browsers run on), so loading a stream is a
 * copy, not a parse.
 */
const columnTypes = {
  timeS: Float64Array,
  heartRateBpm: Float32Array,
  speedMps: Float32Array,
  powerW: Float32Array,
  cadence: Float32Array,
  distanceM: Float64Array,
  latitudeDeg: Float64Array,
  longitudeDeg: Float64Array,
  altitudeM: Float32Array,
} as const;

export const streamNames = Object.keys(columnTypes) as StreamName[];

export type StreamColumns = Record<StreamName, Uint8Array>;

export function streamsToColumns(streams: ActivityStreams): StreamColumns {
  const columns = {} as StreamColumns;
  for (const name of streamNames) {
    const array = streams[name];
    columns[name] = new Uint8Array(array.buffer, array.byteOffset, array.byteLength).slice();
  }
  return columns;
}

export function columnsToStreams(
  columns: Partial<Record<string, unknown>>,
): ActivityStreams | null {
  const streams = {} as Record<StreamName, Float32Array | Float64Array>;
  let length: number | null = null;
  for (const name of streamNames) {
    const bytes = columns[name];
    if (!(bytes instanceof Uint8Array)) return null;
    const Type = columnTypes[name];
    if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0) return null;
    const array = new Type(bytes.slice().buffer);
    if (length !== null && array.length !== length) return null;
    length = array.length;
    streams[name] = array;
  }
  return streams as ActivityStreams;
}
