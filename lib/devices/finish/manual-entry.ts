/**
 * A session entered by hand — for browsers without Web Bluetooth, or a session recorded
 * elsewhere. It becomes a summary with no streams; the form's values are checked here.
 */
import { z } from 'zod';
import type { Activity } from '../../../engine/activity/types';
import type { ActivitySummary } from '../../store/activity-summary-schema';

export const manualEntrySchema = z.object({
  sport: z.enum(['running', 'rowing', 'cycling', 'walking']),
  /** ISO 8601 start. */
  startTime: z.iso.datetime({ offset: true }),
  durationS: z
    .number({ message: 'Enter how long the session lasted.' })
    .positive({ message: 'Enter how long the session lasted.' })
    .max(86_400, { message: 'A session can last at most 24 hours.' }),
  distanceM: z
    .number({ message: 'Distance should be a number.' })
    .nonnegative({ message: 'Distance cannot be negative.' })
    .max(1_000_000, { message: 'That distance looks too long; check the units.' })
    .nullable(),
  avgHr: z
    .number({ message: 'Average heart rate should be a number.' })
    .int({ message: 'Average heart rate is a whole number of beats per minute.' })
    .min(30, { message: 'Average heart rate should be between 30 and 240 bpm.' })
    .max(240, { message: 'Average heart rate should be between 30 and 240 bpm.' })
    .nullable(),
  rpe: z
    .number({ message: 'Effort should be a number.' })
    .int({ message: 'Effort is a whole number from 1 to 10.' })
    .min(1, { message: 'Effort is a whole number from 1 to 10.' })
    .max(10, { message: 'Effort is a whole number from 1 to 10.' })
    .nullable(),
  notes: z.string().max(10_000),
});

export type ManualEntry = z.infer<typeof manualEntrySchema>;

export function manualActivity(entry: ManualEntry): Activity {
  const empty64 = new Float64Array(0);
  const empty32 = new Float32Array(0);
  return {
    sport: entry.sport,
    subSport: entry.sport === 'rowing' ? 'indoor_rowing' : null,
    startTime: entry.startTime,
    source: 'manual',
    device: null,
    laps: [],
    pauses: [],
    streams: {
      timeS: empty64,
      heartRateBpm: empty32,
      speedMps: empty32,
      powerW: empty32,
      cadence: empty32,
      distanceM: empty64,
      latitudeDeg: empty64,
      longitudeDeg: empty64,
      altitudeM: empty32,
    },
  };
}

export function manualSummary(id: string, entry: ManualEntry): ActivitySummary {
  const distanceM = entry.distanceM ?? 0;
  return {
    id,
    sport: entry.sport,
    subSport: entry.sport === 'rowing' ? 'indoor_rowing' : null,
    startTime: entry.startTime,
    source: 'manual',
    device: null,
    fileName: null,
    elapsedS: entry.durationS,
    movingS: entry.durationS,
    distanceM,
    avgHr: entry.avgHr,
    maxHr: null,
    avgSpeedMps: distanceM > 0 ? distanceM / entry.durationS : null,
    avgPowerW: null,
    avgCadence: null,
    elevationGainM: null,
    load: { value: null, method: 'none' },
    trimp: null,
    efficiencyFactor: null,
    decouplingPct: null,
    laps: [],
    splits: { km: [], mile: [], m500: [] },
  };
}
