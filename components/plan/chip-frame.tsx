'use client';

import type { ReactNode } from 'react';
import { UnreadBadge } from '@/components/comments/unread-badge';
import { usePlanTogether } from '@/components/presence/plan-together';
import { PresenceRing } from '@/components/presence/presence-ring';
import { peersOnWorkout } from '@/lib/presence/peers';
import { peerLabel } from '@/lib/presence/presence-text';

/** "1 unread comment", "3 unread comments", or null for none: added to a workout's name. */
export function unreadWords(count: number): string | null {
  if (count <= 0) return null;
  return count === 1 ? '1 unread comment' : `${count} unread comments`;
}

/** How many comments on this workout the reader has not read (0 outside a shared plan). */
export function useUnreadOn(workoutId: string): number {
  return usePlanTogether()?.unreadOn(workoutId) ?? 0;
}

/**
 * A workout on the calendar with what others do to it: a ring in each person's colour while they
 * have it open, and a badge counting the comments the reader has not read.
 */
export function ChipFrame({ workoutId, children }: { workoutId: string; children: ReactNode }) {
  const together = usePlanTogether();
  const unread = useUnreadOn(workoutId);
  if (!together) return <>{children}</>;
  const { peers, reader, ownerId } = together;
  return (
    <PresenceRing
      peers={peersOnWorkout(peers, workoutId)}
      nameOf={(peer) => peerLabel(peer, reader.id, ownerId)}
    >
      <div className="relative" data-chip-frame={workoutId}>
        {children}
        {unread > 0 ? (
          <span className="absolute -top-2 -right-1">
            <UnreadBadge count={unread} />
          </span>
        ) : null}
      </div>
    </PresenceRing>
  );
}
