'use client';

import { useCallback, useMemo, useState } from 'react';
import { useSession } from '@/lib/sync/session';
import { readDeskCards, readDeskSynced, writeDeskCard, writeDeskSynced } from './coach-cache';
import type { DeskSummary } from './desk-summary';
import type { CoachedAthlete } from './share-groups';
import { useDeskPool } from './use-desk-pool';

type Cards = Record<string, DeskSummary>;

/**
 * The desk's cards: the last figures of every athlete (kept on this device), when each was last
 * in step with the relay, and the athletes being visited now.
 */
export function useDeskCards(athletes: readonly CoachedAthlete[]) {
  const userId = useSession()?.userId ?? null;
  // The session is only known in the browser, so the stored cards are read there.
  const stored = useMemo(
    () => (userId ? readDeskCards(window.localStorage, userId) : {}),
    [userId],
  );
  const [fresh, setFresh] = useState<{ userId: string | null; cards: Cards }>({
    userId: null,
    cards: {},
  });
  const cards = useMemo(
    () => (fresh.userId === userId ? { ...stored, ...fresh.cards } : stored),
    [stored, fresh, userId],
  );
  const onCard = useCallback(
    (athleteId: string, card: DeskSummary) => {
      setFresh((before) => ({
        userId,
        cards: { ...(before.userId === userId ? before.cards : {}), [athleteId]: card },
      }));
      if (userId) writeDeskCard(window.localStorage, userId, athleteId, card);
    },
    [userId],
  );
  const { synced, onSynced } = useSyncedTimes(userId);
  const { open, finished } = useDeskPool(athletes.map((a) => a.athleteId));
  const visiting = athletes.filter((a) => open.includes(a.athleteId));
  return { cards, synced, visiting, onCard, onSynced, onDone: finished };
}

/** When each card last synced: stored on the device, moved on as visits finish. */
function useSyncedTimes(userId: string | null) {
  const stored = useMemo(
    () => (userId ? readDeskSynced(window.localStorage, userId) : {}),
    [userId],
  );
  const [fresh, setFresh] = useState<{ userId: string | null; at: Record<string, string> }>({
    userId: null,
    at: {},
  });
  const synced = useMemo(
    () => (fresh.userId === userId ? { ...stored, ...fresh.at } : stored),
    [stored, fresh, userId],
  );
  const onSynced = useCallback(
    (athleteId: string) => {
      const now = new Date();
      setFresh((before) => ({
        userId,
        at: { ...(before.userId === userId ? before.at : {}), [athleteId]: now.toISOString() },
      }));
      if (userId) writeDeskSynced(window.localStorage, userId, athleteId, now);
    },
    [userId],
  );
  return { synced, onSynced };
}
