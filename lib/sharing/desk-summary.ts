import { z } from 'zod';
import { attentionScore, type AthleteFigures } from './coach-figures';
import { withNewComments } from './new-comments';

/**
 * What one athlete's card shows, worked out while their documents were open and kept after they
 * close (the desk holds only a few athletes' documents open at a time), so it is plain data.
 */
export const deskSummarySchema = z.object({
  name: z.string(),
  units: z.enum(['metric', 'imperial']),
  week: z.object({ doneMin: z.number(), plannedMin: z.number() }).nullable(),
  formTsb: z.number().nullable(),
  acwr: z.number().nullable(),
  readinessScore: z.number().nullable(),
  readinessReason: z.string().nullable(),
  lastActivity: z
    .object({ startTime: z.string(), distanceM: z.number(), sport: z.string() })
    .nullable(),
  flags: z.array(z.enum(['missedKeySession', 'readinessLowThreeDays', 'loadRatioHigh'])),
  /** Comments the athlete wrote that the coach has not read. */
  newComments: z.number().int().min(0).default(0),
  attention: z.number(),
});
export type DeskSummary = z.infer<typeof deskSummarySchema>;

export function deskSummary(
  figures: AthleteFigures,
  who: { name: string; units: DeskSummary['units'] },
  today: string,
  timeZone: string,
  newComments = 0,
): DeskSummary {
  const last = figures.lastActivity;
  return {
    name: who.name,
    units: who.units,
    week: figures.week
      ? { doneMin: figures.week.doneMin, plannedMin: figures.week.plannedMin }
      : null,
    formTsb: figures.formTsb,
    acwr: figures.acwr,
    readinessScore: figures.readiness?.score ?? null,
    readinessReason: figures.readiness?.reasons[0] ?? null,
    lastActivity: last
      ? { startTime: last.startTime, distanceM: last.distanceM, sport: last.sport }
      : null,
    flags: figures.flags,
    newComments,
    attention: withNewComments(attentionScore(figures, today, timeZone), newComments),
  };
}
