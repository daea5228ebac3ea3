import { z } from 'zod';
import { isIsoDate, WEEKDAYS } from './calendar-date.ts';
import { ALL_GOAL_IDS, GOAL_IDS } from './goals.ts';

const isoDate = z.string().refine(isIsoDate, { message: 'must be a date like 2027-04-18' });
const weekday = z.enum(WEEKDAYS as ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** What the athlete tells the plan generator. Validated at every boundary (CLI, worker). */
export const PlanRequestSchema = z
  .object({
    sport: z.enum(['run', 'row']),
    goal: z.enum(ALL_GOAL_IDS),
    /** Race day; null only for general fitness. */
    raceDate: isoDate.nullable(),
    /** First day of the plan; weeks are 7-day blocks from here. */
    startDate: isoDate,
    /** What the athlete trains now, from history or self-reported. */
    currentWeeklyMin: z.number().min(0).max(3000),
    /** The longest session of the last few weeks, minutes; estimated (and said so) when absent. */
    currentLongMin: z.number().min(0).max(600).nullish(),
    /** The days the athlete can train, each with at most how many minutes (null: any length). */
    days: z
      .array(z.object({ day: weekday, maxMin: z.number().min(10).max(600).nullable() }))
      .min(1, 'give at least one training day'),
    longDay: weekday.nullable(),
    experience: z.enum(['beginner', 'intermediate', 'advanced']),
    /** A recent best effort for paces and splits (run: any race; row: e.g. the 2k). */
    best: z.object({ distanceM: z.number().positive(), timeS: z.number().positive() }).nullable(),
    /** The athlete's five heart-rate zones (bpm), when known; targets carry them. */
    heartRateZones: z
      .array(z.object({ minBpm: z.number().positive(), maxBpm: z.number().positive() }))
      .length(5)
      .nullable(),
  })
  .superRefine((req, ctx) => {
    if (req.goal !== 'general-fitness' && req.raceDate === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'a race goal needs a race date',
        path: ['raceDate'],
      });
    }
    if (!GOAL_IDS[req.sport].includes(req.goal)) {
      ctx.addIssue({
        code: 'custom',
        message: `${req.goal} is not a ${req.sport} goal`,
        path: ['goal'],
      });
    }
    if (new Set(req.days.map((d) => d.day)).size !== req.days.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'each training day may appear once',
        path: ['days'],
      });
    }
  });

export type PlanRequest = z.infer<typeof PlanRequestSchema>;
