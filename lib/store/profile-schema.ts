import { z } from 'zod';
import { isIsoDate, WEEKDAYS, type Weekday } from '@/engine/plan/calendar-date';
import { ALL_GOAL_IDS } from '@/engine/plan/goals';

const weekday = z.enum(WEEKDAYS as [Weekday, ...Weekday[]]);
const best = z.object({ distanceM: z.number().positive(), timeS: z.number().positive() });

/**
 * What the athlete has answered in the first-run setup, kept so the setup resumes where they left
 * it, on any device. Each answer reads as null on its own when it is missing or invalid, so one bad
 * answer never wipes the others.
 */
export const setupAnswersSchema = z.object({
  sports: z.enum(['run', 'row', 'both']).nullable().catch(null),
  goal: z
    .object({ sport: z.enum(['run', 'row']), id: z.enum(ALL_GOAL_IDS) })
    .nullable()
    .catch(null),
  raceDate: z.string().refine(isIsoDate).nullable().catch(null),
  days: z
    .array(z.object({ day: weekday, maxMin: z.number().min(10).max(600).nullable() }))
    .max(7)
    .nullable()
    .catch(null),
  longDay: weekday.nullable().catch(null),
  weeklyMin: z.number().min(0).max(3000).nullable().catch(null),
  experience: z.enum(['beginner', 'intermediate', 'advanced']).nullable().catch(null),
  /** A recent race or test piece per sport, for paces, splits and the plan's targets. */
  runBest: best.nullable().catch(null),
  rowBest: best.nullable().catch(null),
  /** The athlete chose "estimate for me" for their paces. */
  estimatePaces: z.boolean().catch(false),
});

export type SetupAnswers = z.infer<typeof setupAnswersSchema>;

export const setupAnswersDefaults: SetupAnswers = {
  sports: null,
  goal: null,
  raceDate: null,
  days: null,
  longDay: null,
  weeklyMin: null,
  experience: null,
  runBest: null,
  rowBest: null,
  estimatePaces: false,
};

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
  /**
   * Where fitness (CTL) and fatigue (ATL) start on the first day of the history: an estimate from
   * the first weeks of it, the athlete's own figures (from another app), or null: from zero.
   */
  fitnessStart: z.enum(['history', 'own']).nullable(),
  /** The athlete's own starting fitness and fatigue, load points per day. */
  fitnessStartCtl: z.number().min(0).max(250).nullable(),
  fitnessStartAtl: z.number().min(0).max(400).nullable(),
  /** The first-run setup: not started, under way, finished with a plan, or put aside for good. */
  setupStatus: z.enum(['not-started', 'in-progress', 'done', 'dismissed']),
  /** The setup step the athlete is on (the setup reads an unknown one as its first). */
  setupStep: z.string().max(40).nullable(),
  setupAnswers: setupAnswersSchema,
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
  fitnessStart: null,
  fitnessStartCtl: null,
  fitnessStartAtl: null,
  setupStatus: 'not-started',
  setupStep: null,
  setupAnswers: setupAnswersDefaults,
};
