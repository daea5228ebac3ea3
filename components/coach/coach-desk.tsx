'use client';

import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { cardSync } from '@/lib/sharing/card-sync';
import type { CoachedAthlete } from '@/lib/sharing/share-groups';
import { useDeskCards } from '@/lib/sharing/use-desk-cards';
import { useCoachAccess } from '@/lib/sharing/use-shares';
import { useSession } from '@/lib/sync/session';
import { useSyncStatus } from '@/lib/sync/sync-status';
import { AthleteCard } from './athlete-card';
import { AthleteVisit } from './athlete-visit';
import { SyncedAge } from './synced-age';

// While the desk is open the share list is asked for often: a revoke should show within seconds.
export const COACH_REFETCH_MS = 5_000;

/** `/coach/`: every athlete who shared with me, the one needing attention first. */
export function CoachDesk() {
  const session = useSession();
  const access = useCoachAccess({ refetchIntervalMs: COACH_REFETCH_MS });
  return (
    <div>
      <PageHeader title="Coach">The athletes who share their training with you.</PageHeader>
      {session === null ? (
        <p>
          <Link href="/account/" className="text-link underline">
            Sign in
          </Link>{' '}
          to see the athletes who share with you.
        </p>
      ) : (
        <div className="grid gap-3">
          <p>
            <Link href="/coach/live/" prefetch={false} className="text-link underline">
              Live team session
            </Link>{' '}
            <span className="text-sm text-slate-600 dark:text-slate-400">
              — watch your athletes’ sessions as they record.
            </span>
          </p>
          <SyncedAge
            syncedAt={access.syncedAt}
            fromCache={access.fromCache}
            checking={access.checking}
          />
          <DeskCards athletes={access.athletes} />
        </div>
      )}
    </div>
  );
}

/** The cards, the athlete needing attention first, and the few athletes being visited now. */
function DeskCards({ athletes }: { athletes: readonly CoachedAthlete[] }) {
  const { cards, synced, visiting, onCard, onSynced, onDone } = useDeskCards(athletes);
  const online = useSyncStatus() !== 'offline';
  const sorted = [...athletes].sort(
    (a, b) => (cards[b.athleteId]?.attention ?? 0) - (cards[a.athleteId]?.attention ?? 0),
  );
  if (athletes.length === 0)
    return <p>No athlete shares with you yet. When one invites you, open their link here.</p>;
  return (
    <>
      <ul className="grid gap-3" aria-label="Athletes">
        {sorted.map((athlete) => (
          <AthleteCard
            key={athlete.athleteId}
            athlete={athlete}
            card={cards[athlete.athleteId] ?? null}
            sync={cardSync({
              visiting: visiting.includes(athlete),
              online,
              syncedAt: synced[athlete.athleteId] ?? null,
            })}
          />
        ))}
      </ul>
      {visiting.map((athlete) => (
        <AthleteVisit
          key={athlete.athleteId}
          athlete={athlete}
          onCard={onCard}
          onSynced={onSynced}
          onDone={onDone}
        />
      ))}
    </>
  );
}
