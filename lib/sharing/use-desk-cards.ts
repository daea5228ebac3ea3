'use client';

import { useCallback, useMemo, useState } from 'react';
import { useSession } from '@/lib/sync/session';
import { readDeskCards, writeDeskCard } from './coach-cache';
import type { DeskSummary } from './desk-summary';
import type { CoachedAthlete } from './share-groups';
import { useDeskPool } from './use-desk-pool';

type Cards = Record<string, DeskSummary>;

/**
 * The desk's cards: the last figures of every athlete (kept on this device), the athletes being
 * visited now, and the athletes sorted by what needs attention.
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
  const { open, finished } = useDeskPool(athletes.map((a) => a.athleteId));
  const visiting = athletes.filter((a) => open.includes(a.athleteId));
  const sorted = [...athletes].sort(
    (a, b) => (cards[b.athleteId]?.attention ?? 0) - (cards[a.athleteId]?.attention ?? 0),
  );
  return { cards, sorted, visiting, onCard, onDone: finished };
}
