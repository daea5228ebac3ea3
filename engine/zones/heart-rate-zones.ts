import type { Zone } from './zone.ts';

/**
 * Heart-rate zones from lactate-threshold heart rate, Friel's running zones ("Quick Guide to
 * Setting Zones", joefrielsblog.com, 2009): Z1 < 85 %, Z2 85–89 %, Z3 90–94 %, Z4 95–99 %,
 * Z5a 100–102 %, Z5b 103–106 %, Z5c > 106 % of LTHR.
 */
const LTHR_ZONES: ReadonlyArray<[string, number]> = [
  ['Z1', 0],
  ['Z2', 0.85],
  ['Z3', 0.9],
  ['Z4', 0.95],
  ['Z5a', 1.0],
  ['Z5b', 1.03],
  ['Z5c', 1.07],
];

export function heartRateZonesFromLthr(lthr: number): Zone[] {
  return LTHR_ZONES.map(([name, fraction]) => ({ name, min: fraction * lthr }));
}

/**
 * Heart-rate zones from the reserve (Karvonen, Kentala & Mustala 1957, Ann Med Exp Biol Fenn
 * 35(3):307–315): zone n starts at rest + (40 + 10n) % of (max − rest), five zones from 50 %.
 */
export function heartRateZonesFromReserve(restHr: number, maxHr: number): Zone[] {
  return [0.5, 0.6, 0.7, 0.8, 0.9].map((fraction, index) => ({
    name: `Z${index + 1}`,
    min: restHr + fraction * (maxHr - restHr),
  }));
}
