import { PlanScreen } from '@/components/plan/plan-screen';

export const metadata = { title: 'Plan · Splits' };

export default function Page() {
  return <PlanScreen />;
}
