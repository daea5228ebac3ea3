import { Suspense } from 'react';
import { AthleteView } from '@/components/coach/athlete-view';

export const metadata = { title: 'Athlete · Splits' };

export default function Page() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <AthleteView />
    </Suspense>
  );
}
