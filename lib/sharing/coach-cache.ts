import { z } from 'zod';
import type { CoachedAthlete } from './share-groups';

// The last list of athletes who shared with this account, so the coach's desk works offline.
const athleteSchema = z.object({
  athleteId: z.string(),
  email: z.string(),
  shareIds: z.array(z.string()),
  planRole: z.enum(['editor', 'viewer']).nullable(),
  areas: z.array(z.enum(['profile', 'plan', 'activityList', 'activityDetails', 'journal'])),
});
const cacheSchema = z.object({ athletes: z.array(athleteSchema), syncedAt: z.string() });
export type CoachCache = z.infer<typeof cacheSchema>;

const key = (userId: string) => `splits.coach.${userId}`;
/** Every athlete this device ever held documents of as a coach, across accounts. */
const COACHED_KEY = 'splits.coached-athletes';

export function readCoachCache(storage: Storage, userId: string): CoachCache | null {
  const raw = storage.getItem(key(userId));
  if (!raw) return null;
  const parsed = cacheSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : null;
}

export function writeCoachCache(
  storage: Storage,
  userId: string,
  athletes: CoachedAthlete[],
  syncedAt: Date,
): void {
  const cache: CoachCache = { athletes, syncedAt: syncedAt.toISOString() };
  storage.setItem(key(userId), JSON.stringify(cache));
  const known = new Set(readCoachedIds(storage));
  for (const a of athletes) known.add(a.athleteId);
  storage.setItem(COACHED_KEY, JSON.stringify([...known]));
}

export function readCoachedIds(storage: Storage): string[] {
  const parsed = z.array(z.string()).safeParse(JSON.parse(storage.getItem(COACHED_KEY) ?? '[]'));
  return parsed.success ? parsed.data : [];
}

/** Once a revoked athlete's documents are gone, they need no more checking. */
export function keepCoachedIds(storage: Storage, ids: readonly string[]): void {
  storage.setItem(COACHED_KEY, JSON.stringify(ids));
}
