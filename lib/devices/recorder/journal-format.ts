/**
 * What the recorder writes to IndexedDB: a session header, then numbered chunks of 1 Hz rows and
 * events. Anything read back is checked with these schemas, since a crash or an older build may
 * have left something else behind.
 */
import { z } from 'zod';

const finite = z.number();
/** A missing value is NaN (as in Activity streams); zod's number() alone refuses NaN. */
const sample = z.union([z.number(), z.nan()]);
export const timelineRowSchema = z.object({
  timeS: finite,
  heartRateBpm: sample,
  speedMps: sample,
  powerW: sample,
  cadence: sample,
  distanceM: sample,
});

export const strokeEventSchema = z.object({
  atS: finite,
  driveLengthM: sample,
  driveTimeS: sample,
  recoveryTimeS: sample,
  strokeDistanceM: sample,
  peakDriveForceLbs: sample,
  averageDriveForceLbs: sample,
  workPerStrokeJ: sample,
  strokeCount: sample,
});

export const recordingEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('lap'), atS: finite }),
  z.object({ type: z.literal('pause'), atS: finite }),
  z.object({ type: z.literal('resume'), atS: finite }),
  z.object({ type: z.literal('gap-start'), atS: finite, deviceId: z.string(), label: z.string() }),
  z.object({ type: z.literal('gap-end'), atS: finite, deviceId: z.string() }),
  z.object({ type: z.literal('stroke'), stroke: strokeEventSchema }),
  z.object({ type: z.literal('rr'), atS: finite, rrIntervalsMs: z.array(finite) }),
]);

export const recordingSportSchema = z.enum(['rowing', 'running']);

export const recordingMetaSchema = z.object({
  id: z.string().min(1),
  /** ISO 8601, UTC. */
  startedAt: z.string(),
  sport: recordingSportSchema,
  /** Names of the devices in the session, for the activity's `device` field. */
  devices: z.array(z.string()),
  status: z.enum(['recording', 'finished']),
  plannedWorkoutId: z.string().nullable(),
  /** Wall-clock ms of the last chunk written. */
  updatedAtMs: finite,
});

export const recordingChunkSchema = z.object({
  sessionId: z.string(),
  seq: z.number().int().nonnegative(),
  rows: z.array(timelineRowSchema),
  events: z.array(recordingEventSchema),
});

export type RecordingEvent = z.infer<typeof recordingEventSchema>;
export type RecordingSport = z.infer<typeof recordingSportSchema>;
export type RecordingMeta = z.infer<typeof recordingMetaSchema>;
export type RecordingChunk = z.infer<typeof recordingChunkSchema>;

/** A whole session as read back: the header and every chunk's rows and events, in order. */
export type RecordedSession = {
  meta: RecordingMeta;
  rows: z.infer<typeof timelineRowSchema>[];
  events: RecordingEvent[];
  chunkCount: number;
};
