import type { Zone } from './zone.ts';

/**
 * Rowing training bands from the 2k split. Erg bands "come every five seconds per 500m" (c2forum
 * "ranger", viewtopic t=9490): AN at 2k pace, TR +5 s, AT +10 s, UT1 +15 s, UT2 +20 s per 500 m.
 * Each band covers the 5 s of split down to the next faster band; zones are on speed (m/s).
 */
const BANDS: ReadonlyArray<[string, number]> = [
  ['UT2', 22.5],
  ['UT1', 17.5],
  ['AT', 12.5],
  ['TR', 7.5],
  ['AN', 2.5],
];

export function rowingZonesFrom2kSplit(split2kS500m: number): Zone[] {
  return BANDS.map(([name, offsetS]) => ({ name, min: 500 / (split2kS500m + offsetS) }));
}

/** The band centres as splits (s/500 m), for showing targets. */
export function rowingBandSplitsS500m(split2kS500m: number): Record<string, number> {
  return Object.fromEntries(BANDS.map(([name, offsetS]) => [name, split2kS500m + offsetS - 2.5]));
}
