import { z } from 'zod';

/**
 * What one person shares about themselves while a document is open: never stored, only carried
 * by awareness while their socket is open. Kept far below the relay's per-state limit
 * (MAX_AWARENESS_STATE_BYTES, 4 KiB by default).
 */
export const presenceUserSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(80),
  color: z.string().regex(/^#[0-9a-f]{6}$/),
});
export type PresenceUser = z.infer<typeof presenceUserSchema>;

/** Which workout the person has open, and whether they are changing it or only looking. */
export const presenceViewingSchema = z
  .object({
    workoutId: z.string().min(1).max(120),
    editing: z.boolean(),
  })
  .nullable();
export type PresenceViewing = z.infer<typeof presenceViewingSchema>;

/** One person in the document now (their tabs merged), as the other side sees them. */
export type Peer = PresenceUser & { viewing: PresenceViewing };
