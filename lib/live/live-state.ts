import { z } from 'zod';

const reading = z.number().finite().nonnegative().nullable();

/**
 * What a recording athlete's device tells their coach about once a second, over awareness on the
 * athlete's live channel: never written to any document, forgotten when the socket closes. Well
 * under the relay's MAX_AWARENESS_STATE_BYTES (4 KiB by default).
 */
export const liveStateSchema = z.object({
  v: z.literal(1),
  name: z.string().max(80),
  sport: z.enum(['rowing', 'running']),
  phase: z.enum(['recording', 'paused', 'finished']),
  activeS: z.number().finite().nonnegative(),
  distanceM: z.number().finite().nonnegative(),
  speedMps: reading,
  powerW: reading,
  /** Stroke rate for rowing, steps per minute for running. */
  cadence: reading,
  heartRateBpm: reading,
  /** 1-based zone of the athlete's own heart-rate zones, and its name; null without zones. */
  hrZone: z.number().int().min(1).max(7).nullable(),
  hrZoneName: z.string().max(8).nullable(),
  step: z
    .object({ index: z.number().int(), count: z.number().int(), label: z.string().max(80) })
    .nullable(),
  /** Devices whose link is down on the athlete's side ("PM5"). */
  linksDown: z.array(z.string().max(40)).max(8),
  /** The saved activity, once the session is finished and saved. */
  activityId: z.string().max(64).nullable(),
  /** The athlete device's clock when it sent this, ms since 1970 (for latency and staleness). */
  sentAtMs: z.number().finite(),
  seq: z.number().int().nonnegative(),
});
export type LiveState = z.infer<typeof liveStateSchema>;

/** The awareness field the live state travels in. */
export const LIVE_FIELD = 'live';

/** The live channel of one athlete: a document name that holds nothing, only awareness. */
export function liveChannelName(athleteId: string): string {
  return `${athleteId}/live`;
}
