'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { useReader } from '@/components/comments/use-reader';
import { PlanTogetherProvider } from '@/components/presence/plan-together';
import { PageHeader } from '@/components/ui/page-header';
import type { CoachedAthlete } from '@/lib/sharing/share-groups';
import { useAthleteDocs, type AthleteDocs } from '@/lib/sharing/use-athlete-docs';
import { useAthleteFigures } from '@/lib/sharing/use-athlete-figures';
import { useCoachAccess } from '@/lib/sharing/use-shares';
import { useSession } from '@/lib/sync/session';
import { AthleteActivities, AthleteJournal, AthleteTrends } from './athlete-sections';
import { COACH_REFETCH_MS } from './coach-desk';
import { CoachedPlan } from './coached-plan';
import { PlanReadOnly } from './plan-read-only';

/** `/coach/athlete/?id=…`: one athlete's plan, activities, journal and trends. */
export function AthleteView() {
  const id = useSearchParams().get('id');
  const session = useSession();
  const access = useCoachAccess({ refetchIntervalMs: COACH_REFETCH_MS });
  const athlete = access.athletes.find((a) => a.athleteId === id) ?? null;
  if (athlete) return <SharedAthlete athlete={athlete} />;
  return (
    <div className="grid gap-2">
      <PageHeader title="Athlete">Training an athlete shares with you.</PageHeader>
      {session === null ? (
        <p>
          <Link href="/account/" className="text-link underline">
            Sign in
          </Link>{' '}
          to see the athletes who share with you.
        </p>
      ) : access.syncedAt === null ? (
        <p role="status">Loading…</p>
      ) : (
        <p role="status">This athlete’s training is not shared with you (any more).</p>
      )}
      <Link href="/coach/" className="text-link underline">
        Back to your athletes
      </Link>
    </div>
  );
}

/** The athlete's plan shared live: both see who is in it and which workout each has open. */
function Together(props: {
  athleteId: string;
  planId: string;
  docs: AthleteDocs;
  children: ReactNode;
}) {
  const reader = useReader();
  if (!reader) return <>{props.children}</>;
  return (
    <PlanTogetherProvider
      ownerId={props.athleteId}
      planId={props.planId}
      plan={props.docs.plan}
      reader={reader}
    >
      {props.children}
    </PlanTogetherProvider>
  );
}

function SharedAthlete({ athlete }: { athlete: CoachedAthlete }) {
  const docs = useAthleteDocs(athlete);
  const { figures } = useAthleteFigures(athlete.athleteId, docs);
  const name = docs.profile.name || athlete.email;
  const can = (area: CoachedAthlete['areas'][number]) => athlete.areas.includes(area);
  return (
    <div className="grid gap-4">
      <PageHeader title={name}>
        {athlete.planRole === 'editor'
          ? 'You can edit their plan; the rest is read-only.'
          : 'Read-only: you can follow along, not change anything.'}
      </PageHeader>
      <Link href="/coach/" className="text-link underline">
        All athletes
      </Link>
      {can('plan') ? (
        <section aria-label="Plan" className="grid gap-2">
          <h2 className="text-xl font-semibold">
            Plan{docs.plan.meta.title ? `: ${docs.plan.meta.title}` : ''}
          </h2>
          {docs.planId === null ? (
            <p>No plan yet.</p>
          ) : !docs.planReady ? (
            <p role="status">Loading the plan…</p>
          ) : (
            <Together athleteId={athlete.athleteId} planId={docs.planId} docs={docs}>
              {docs.planEditor ? (
                <CoachedPlan docs={docs} editor={docs.planEditor} />
              ) : (
                <PlanReadOnly plan={docs.plan} />
              )}
            </Together>
          )}
        </section>
      ) : null}
      {can('activityList') ? <AthleteTrends figures={figures} /> : null}
      {can('activityList') ? <AthleteActivities athleteId={athlete.athleteId} docs={docs} /> : null}
      {can('journal') ? <AthleteJournal docs={docs} /> : null}
    </div>
  );
}
