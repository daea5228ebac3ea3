import { AdminConsole } from '@/components/admin/admin-console';

export const metadata = { title: 'Console · Splits' };

export default function Page() {
  return <AdminConsole />;
}
