import type { Zone } from './zone.ts';

/**
 * Running pace zones from threshold pace, Friel ("Quick Guide to Setting Zones", 2009), as a
 * percentage of threshold pace in time per km: Z1 slower than 129 %, Z2 114–129 %, Z3 106–113 %,
 * Z4 101–105 %, Z5a 97–100 %, Z5b 90–96 %, Z5c faster than 90 %. Zones are returned on speed
 * (m/s), so that faster is higher like every other zone set.
 */
const PACE_FRACTIONS: ReadonlyArray<[string, number]> = [
  ['Z1', Infinity],
  ['Z2', 1.29],
  ['Z3', 1.135],
  ['Z4', 1.055],
  ['Z5a', 1.005],
  ['Z5b', 0.965],
  ['Z5c', 0.9],
];

export function paceZonesFromThreshold(thresholdPaceSPerKm: number): Zone[] {
  return PACE_FRACTIONS.map(([name, fraction]) => ({
    name,
    min: 1000 / (fraction * thresholdPaceSPerKm),
  }));
}
