import { JournalScreen } from '@/components/journal/journal-screen';

export const metadata = { title: 'Journal · Splits' };

export default function Page() {
  return <JournalScreen />;
}
