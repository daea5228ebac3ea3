import { RecordScreen } from './record-screen';

export function RecordPage() {
  return (
    <div className="mx-auto max-w-4xl">
      <RecordScreen />
    </div>
  );
}
