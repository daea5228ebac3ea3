import { FitnessScreen } from '@/components/fitness/fitness-screen';

export const metadata = { title: 'Fitness · Splits' };

export default function Page() {
  return <FitnessScreen />;
}
