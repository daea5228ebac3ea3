import { z } from 'zod';
import { deskSummarySchema, type DeskSummary } from './desk-summary';
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
const cardsKey = (userId: string) => `splits.coach.${userId}.cards`;
const cardsSchema = z.record(z.string(), deskSummarySchema);
const syncedKey = (userId: string) => `splits.coach.${userId}.synced`;
const syncedSchema = z.record(z.string(), z.string());
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
  // A card of an athlete who no longer shares is not kept readable.
  const current = new Set(athletes.map((a) => a.athleteId));
  const cards = readDeskCards(storage, userId);
  for (const id of Object.keys(cards)) if (!current.has(id)) delete cards[id];
  storage.setItem(cardsKey(userId), JSON.stringify(cards));
  const synced = readDeskSynced(storage, userId);
  for (const id of Object.keys(synced)) if (!current.has(id)) delete synced[id];
  storage.setItem(syncedKey(userId), JSON.stringify(synced));
}

/** When each card's documents were last in step with the relay (ISO times by athlete). */
export function readDeskSynced(storage: Storage, userId: string): Record<string, string> {
  const parsed = syncedSchema.safeParse(JSON.parse(storage.getItem(syncedKey(userId)) ?? '{}'));
  return parsed.success ? parsed.data : {};
}

export function writeDeskSynced(
  storage: Storage,
  userId: string,
  athleteId: string,
  at: Date,
): void {
  if (!readCoachCache(storage, userId)?.athletes.some((a) => a.athleteId === athleteId)) return;
  const synced = readDeskSynced(storage, userId);
  synced[athleteId] = at.toISOString();
  storage.setItem(syncedKey(userId), JSON.stringify(synced));
}

/** The last figures of each athlete's card, so the desk shows them before (and between) visits. */
export function readDeskCards(storage: Storage, userId: string): Record<string, DeskSummary> {
  const parsed = cardsSchema.safeParse(JSON.parse(storage.getItem(cardsKey(userId)) ?? '{}'));
  return parsed.success ? parsed.data : {};
}

export function writeDeskCard(
  storage: Storage,
  userId: string,
  athleteId: string,
  card: DeskSummary,
): void {
  // A visit that ends just after the share did writes nothing.
  if (!readCoachCache(storage, userId)?.athletes.some((a) => a.athleteId === athleteId)) return;
  const cards = readDeskCards(storage, userId);
  cards[athleteId] = card;
  storage.setItem(cardsKey(userId), JSON.stringify(cards));
}

export function readCoachedIds(storage: Storage): string[] {
  const parsed = z.array(z.string()).safeParse(JSON.parse(storage.getItem(COACHED_KEY) ?? '[]'));
  return parsed.success ? parsed.data : [];
}

/** Once a revoked athlete's documents are gone, they need no more checking. */
export function keepCoachedIds(storage: Storage, ids: readonly string[]): void {
  storage.setItem(COACHED_KEY, JSON.stringify(ids));
}
