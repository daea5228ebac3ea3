import { AccountScreen } from '@/components/account/account-screen';

export const metadata = { title: 'Account · Splits' };

export default function Page() {
  return <AccountScreen />;
}
