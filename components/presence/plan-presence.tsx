'use client';

import type { ReactNode } from 'react';

import { presenceText } from '@/lib/presence/presence-text';
import type { Peer, PresenceViewing } from '@/lib/presence/presence-schema';
import { usePresence } from '@/lib/presence/use-presence';
import { PresenceAvatars } from './presence-avatars';
import { PresenceNotice } from './presence-notice';

/**
 * The plan's presence bar: who else is in the plan and what they are doing. Publishes the
 * reader's own presence (`viewing`) and hands the peers to `children` for rings on workouts.
 */
export function PlanPresence({
  docName,
  me,
  ownerId,
  viewing,
  dayOf,
  children,
}: {
  docName: string | null;
  me: { id: string; name: string } | null;
  ownerId: string;
  viewing: PresenceViewing;
  /** The weekday of a workout ("Tuesday"), null when the plan has no such workout. */
  dayOf: (workoutId: string) => string | null;
  children?: (peers: readonly Peer[]) => ReactNode;
}) {
  const peers = usePresence(docName, me, viewing);
  const text = me ? presenceText(peers, me.id, ownerId, dayOf) : null;
  return (
    <>
      <div className="flex items-center gap-3">
        <PresenceAvatars peers={peers} label="In this plan now" />
        <PresenceNotice text={text} />
      </div>
      {children?.(peers)}
    </>
  );
}
