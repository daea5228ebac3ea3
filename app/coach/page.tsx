import { CoachDesk } from '@/components/coach/coach-desk';

export const metadata = { title: 'Coach · Splits' };

export default function Page() {
  return <CoachDesk />;
}
