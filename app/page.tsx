import { HomeScreen } from '@/components/home/home-screen';

export default function Page() {
  return <HomeScreen />;
}
