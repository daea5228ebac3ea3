import type { Metadata } from 'next';
import { LiveTeamScreen } from '@/components/live/live-team-screen';

export const metadata: Metadata = { title: 'Live · Splits' };

export default function Page() {
  return <LiveTeamScreen />;
}
