import { ActivitiesScreen } from '@/components/activities/activities-screen';

export const metadata = { title: 'Activities · Splits' };

export default function Page() {
  return <ActivitiesScreen />;
}
