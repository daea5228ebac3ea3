import { Suspense } from 'react';
import { ActivityDetail } from '@/components/activities/activity-detail';

export const metadata = { title: 'Activity · Splits' };

export default function Page() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <ActivityDetail />
    </Suspense>
  );
}
