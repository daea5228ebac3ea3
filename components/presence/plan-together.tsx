'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Peer, PresenceViewing } from '@/lib/presence/presence-schema';
import { weekdayName } from '@/lib/presence/presence-text';
import { targetKey } from '@/lib/store/comments-schema';
import { planDocName } from '@/lib/store/doc-names';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { Author } from '@/lib/store/plan-history-schema';
import { useUnreadCounts } from '@/lib/store/use-comments';
import { useOpenDoc } from '@/lib/store/use-doc';
import { PlanPresence } from './plan-presence';

/**
 * What the calendar, its workouts and the workout dialog need to show that two people share one
 * plan: who reads it, whose plan it is, the open plan document (for attribution and history), the
 * others in it now, and the unread comments on each workout.
 */
type OpenPlanDoc = ReturnType<typeof useOpenDoc>;

export type PlanTogether = {
  reader: Author;
  ownerId: string;
  open: OpenPlanDoc;
  peers: readonly Peer[];
  /** Unread comments on one workout for this reader. */
  unreadOn: (workoutId: string) => number;
  /** Publishes which workout the reader has open (null when none), for the others' rings. */
  setViewing: (viewing: PresenceViewing) => void;
};

const PlanTogetherContext = createContext<PlanTogether | null>(null);

/** The shared-plan context; null where the plan is shown without it (tests, signed out). */
export function usePlanTogether(): PlanTogether | null {
  return useContext(PlanTogetherContext);
}

/**
 * Wraps a plan screen (the athlete's own or their coach's view) with presence: the avatars and
 * the "Coach is editing Tuesday" line on top, rings and badges below through the context.
 */
export function PlanTogetherProvider({
  ownerId,
  planId,
  plan,
  reader,
  children,
}: {
  ownerId: string;
  planId: string;
  plan: StoredPlan;
  reader: Author;
  children: ReactNode;
}) {
  const docName = planDocName(ownerId, planId);
  const open = useOpenDoc(docName);
  const [viewing, setViewing] = useState<PresenceViewing>(null);
  const unread = useUnreadCounts(ownerId, reader.id);
  const unreadOn = useCallback(
    (workoutId: string) => unread.get(targetKey({ kind: 'workout', id: workoutId })) ?? 0,
    [unread],
  );
  const dates = useMemo(
    () => new Map(plan.workouts.map((w) => [w.id, w.date] as const)),
    [plan.workouts],
  );
  const dayOf = useCallback(
    (workoutId: string) => {
      const date = dates.get(workoutId);
      return date ? weekdayName(date) : null;
    },
    [dates],
  );
  return (
    <PlanPresence docName={docName} me={reader} ownerId={ownerId} viewing={viewing} dayOf={dayOf}>
      {(peers) => (
        <PlanTogetherContext.Provider
          value={{ reader, ownerId, open, peers, unreadOn, setViewing }}
        >
          {children}
        </PlanTogetherContext.Provider>
      )}
    </PlanPresence>
  );
}

/**
 * Tells the others which workout the reader has open while the calling component is mounted:
 * `editing` once they are changing it, looking otherwise. Cleared when it unmounts.
 */
export function useShareViewing(workoutId: string, editing: boolean): void {
  const setViewing = usePlanTogether()?.setViewing;
  useEffect(() => {
    setViewing?.({ workoutId, editing });
  }, [setViewing, workoutId, editing]);
  useEffect(() => () => setViewing?.(null), [setViewing]);
}
