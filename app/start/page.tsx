import { SetupScreen } from '@/components/onboarding/setup-screen';

export const metadata = { title: 'Set up · Splits' };

export default function Page() {
  return <SetupScreen />;
}
