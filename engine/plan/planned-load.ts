import type { HeartRateZone } from '../workout/types.ts';

/**
 * Planned training load in TSS-like points: hours · IF² · 100 (Coggan's Training Stress Score, as in
 * Allen & Coggan, "Training and Racing with a Power Meter", 2nd ed. 2010; SCIENCE.md §2.4–2.5).
 * Before the session there is no power or pace stream, so each zone stands for a typical intensity
 * factor from Coggan's IF bands: recovery < 0.75, endurance 0.75–0.85, tempo 0.85–0.95,
 * threshold 0.95–1.05, VO2max > 1.05.
 */
const IF_OF_ZONE: Record<HeartRateZone, number> = { 1: 0.6, 2: 0.72, 3: 0.85, 4: 0.97, 5: 1.06 };

export function segmentLoad(durationS: number, zone: HeartRateZone): number {
  return (durationS / 3600) * IF_OF_ZONE[zone] ** 2 * 100;
}
