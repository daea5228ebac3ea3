import { z } from 'zod';
import { WEEKDAYS, type Weekday } from '@/engine/plan/calendar-date';

/**
 * The athlete's profile. Defaults apply at read time and are never written: a default written on
 * a fresh device could outvote a real value arriving from another device.
 */
export const profileSchema = z.object({
  name: z.string().max(200),
  units: z.enum(['metric', 'imperial']),
  sex: z.enum(['female', 'male', 'unspecified']),
  maxHrBpm: z.number().int().min(100).max(240).nullable(),
  restHrBpm: z.number().int().min(25).max(120).nullable(),
  lthrBpm: z.number().int().min(80).max(230).nullable(),
  /** Running threshold pace, seconds per kilometre. */
  thresholdPaceSPerKm: z.number().min(120).max(900).nullable(),
  /** Best recent 2,000 m on the rowing machine, seconds. */
  best2kS: z.number().min(300).max(900).nullable(),
  /** Best recent 5 km run, seconds; plan paces come from it. */
  best5kS: z.number().min(600).max(3600).nullable(),
  /** The weekday the plan's calendar weeks start on. */
  weekStartsOn: z.enum(WEEKDAYS as [Weekday, ...Weekday[]]),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileField = keyof Profile;
export type Units = Profile['units'];

export const profileDefaults: Profile = {
  name: '',
  units: 'metric',
  sex: 'unspecified',
  maxHrBpm: null,
  restHrBpm: null,
  lthrBpm: null,
  thresholdPaceSPerKm: null,
  best2kS: null,
  best5kS: null,
  weekStartsOn: 'mon',
};
