import { Suspense } from 'react';
import { AcceptScreen } from '@/components/sharing/accept-screen';

export const metadata = { title: 'Accept an invite · Splits' };

export default function Page() {
  return (
    <Suspense fallback={<p role="status">Loading…</p>}>
      <AcceptScreen />
    </Suspense>
  );
}
