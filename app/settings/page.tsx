import { SettingsScreen } from '@/components/settings/settings-screen';

export const metadata = { title: 'Settings · Splits' };

export default function Page() {
  return <SettingsScreen />;
}
