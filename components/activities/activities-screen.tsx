'use client';

import { useEffect } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { useAthleteId } from '@/lib/store/current-athlete';
import { finishOldDeletions } from '@/lib/store/delete-activity';
import { reportStorageProblem } from '@/lib/store/storage-problems';
import { ActivityList } from './activity-list';
import { DeletionNotice } from './deletion-notice';
import { ImportPanel } from './import-panel';

export function ActivitiesScreen() {
  const athleteId = useAthleteId();
  useEffect(() => {
    if (!athleteId) return;
    finishOldDeletions(athleteId, Date.now()).catch((error: unknown) =>
      reportStorageProblem('finishing deletions', error),
    );
  }, [athleteId]);
  return (
    <div>
      <PageHeader title="Activities">Every session you import or record.</PageHeader>
      <div className="grid gap-4">
        <ImportPanel />
        <ActivityList />
      </div>
      <DeletionNotice />
    </div>
  );
}
