import type { Athlete } from '../activity/athlete.ts';
import type { Activity } from '../activity/types.ts';
import { heartRateZonesFromLthr, heartRateZonesFromReserve } from '../zones/heart-rate-zones.ts';
import { paceZonesFromThreshold } from '../zones/pace-zones.ts';
import { rowingZonesFrom2kSplit } from '../zones/rowing-zones.ts';
import { timeInZonesS, type Zone } from '../zones/zone.ts';
import { hasAny } from './stream-stats.ts';
import { isCycling, isRowing, isRunning } from './sport-family.ts';
import { powerZonesFromFtp } from '../zones/power-zones.ts';

export type ZoneTime = { name: string; min: number; seconds: number };

export type ActivityZones = {
  /** Friel zones from LTHR, bpm. */
  heartRateLthr: ZoneTime[] | null;
  /** Karvonen zones from the heart-rate reserve, bpm. */
  heartRateReserve: ZoneTime[] | null;
  /** Friel pace zones from threshold pace, on speed (m/s), running only. */
  pace: ZoneTime[] | null;
  /** Training bands from the 2k split, on speed (m/s), rowing only. */
  rowing: ZoneTime[] | null;
  /** Coggan levels from FTP (rowing FTP on the erg, cycling FTP when given), watts. */
  power?: ZoneTime[] | null;
};

function zoneTimes(values: ArrayLike<number>, intervalsS: Float64Array, zones: Zone[]): ZoneTime[] {
  const seconds = timeInZonesS(values, intervalsS, zones);
  return zones.map((zone, i) => ({ ...zone, seconds: seconds[i] ?? 0 }));
}

export function activityZones(
  activity: Activity,
  athlete: Athlete,
  recordedS: Float64Array,
): ActivityZones {
  const { heartRateBpm, speedMps, powerW } = activity.streams;
  const hasHr = hasAny(heartRateBpm);
  const hasSpeed = hasAny(speedMps);
  const ftpW = isRowing(activity.sport)
    ? athlete.rowingFtpW
    : isCycling(activity.sport)
      ? athlete.cyclingFtpW
      : null;
  return {
    heartRateLthr: hasHr
      ? zoneTimes(heartRateBpm, recordedS, heartRateZonesFromLthr(athlete.lthr))
      : null,
    heartRateReserve: hasHr
      ? zoneTimes(heartRateBpm, recordedS, heartRateZonesFromReserve(athlete.restHr, athlete.maxHr))
      : null,
    pace:
      hasSpeed && isRunning(activity.sport)
        ? zoneTimes(speedMps, recordedS, paceZonesFromThreshold(athlete.thresholdPaceSPerKm))
        : null,
    rowing:
      hasSpeed && isRowing(activity.sport)
        ? zoneTimes(speedMps, recordedS, rowingZonesFrom2kSplit(athlete.best2kS / 4))
        : null,
    power:
      hasAny(powerW) && ftpW !== null
        ? zoneTimes(powerW, recordedS, powerZonesFromFtp(ftpW))
        : null,
  };
}
