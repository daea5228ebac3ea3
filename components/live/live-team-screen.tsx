'use client';

import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '@/components/ui/page-header';
import { fetchSharedAthletes, type SharedAthlete } from '@/lib/live/shared-athletes';
import { useLiveTeam } from '@/lib/live/use-live-team';
import { useProfile } from '@/lib/store/use-profile';
import { useSession } from '@/lib/sync/session';
import { LiveBoard } from './live-board';

const noAthletes: SharedAthlete[] = [];

/** The coach's live team session: every athlete who shared with them and is recording now. */
export function LiveTeamScreen() {
  const session = useSession();
  const { profile } = useProfile();
  const athletes = useQuery({
    queryKey: ['shared-athletes', session?.userId ?? null],
    queryFn: () => fetchSharedAthletes(session!.accessToken),
    enabled: session !== null,
  });
  const list = athletes.data ?? noAthletes;
  const { entries, nowMs } = useLiveTeam(list.map((a) => a.athleteId));
  return (
    <div className="space-y-4">
      <PageHeader title="Live" />
      {session === null ? (
        <p>Sign in to see the athletes who shared with you, live as they train.</p>
      ) : (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="live-following">
            {athletes.isPending
              ? 'Looking for your athletes…'
              : `Following ${list.length} ${list.length === 1 ? 'athlete' : 'athletes'}.`}
          </p>
          {athletes.isError ? (
            <p role="alert">Your athletes could not be listed just now; trying again shortly.</p>
          ) : null}
          <LiveBoard entries={entries} nowMs={nowMs} units={profile.units} />
        </>
      )}
    </div>
  );
}
