import type { Zone } from './zone.ts';

/**
 * Power zones from functional threshold power, Coggan's seven levels (Allen & Coggan, "Training
 * and Racing with a Power Meter", 2nd ed. 2010, table 3.1): active recovery < 56 %, endurance
 * 56–75 %, tempo 76–90 %, threshold 91–105 %, VO2max 106–120 %, anaerobic 121–150 %,
 * neuromuscular > 150 % of FTP.
 */
const LEVELS: ReadonlyArray<[string, number]> = [
  ['Z1', 0],
  ['Z2', 0.555],
  ['Z3', 0.755],
  ['Z4', 0.905],
  ['Z5', 1.055],
  ['Z6', 1.205],
  ['Z7', 1.505],
];

export function powerZonesFromFtp(ftpW: number): Zone[] {
  return LEVELS.map(([name, fraction]) => ({ name, min: fraction * ftpW }));
}
