/**
 * What one device record says in channel terms, before it is stamped with a device and a time:
 * the shape the PM5 and FTMS readers hand the frame interpreter.
 */
import type { DeviceReading, StrokeEvent } from './readings';

export type ChannelValues = DeviceReading['values'];

export type DecodedRecord = {
  values: ChannelValues;
  rrIntervalsMs?: number[];
  stroke?: Omit<StrokeEvent, 'atS'>;
};

/** Only numbers that are there: the decoders use null or omission for "not sent". */
export function present(
  values: Partial<Record<keyof ChannelValues, number | null | undefined>>,
): ChannelValues {
  const out: ChannelValues = {};
  for (const [key, value] of Object.entries(values) as [keyof ChannelValues, number | null][]) {
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  }
  return out;
}

export const speedFromPace = (paceS500m: number | null | undefined): number | undefined =>
  paceS500m && paceS500m > 0 ? 500 / paceS500m : undefined;
