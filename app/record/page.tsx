import type { Metadata } from 'next';
import { RecordPage } from '@/components/record/record-page';

export const metadata: Metadata = { title: 'Record · Splits' };

export default function Page() {
  return <RecordPage />;
}
