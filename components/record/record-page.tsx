import { RecordScreen } from './record-screen';

export function RecordPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-semibold tracking-tight">Record</h1>
      <p className="mt-1 mb-6 text-slate-600 dark:text-slate-300">
        Pair your rowing monitor, treadmill, footpod or heart-rate strap and go. Every few seconds
        the session is kept safe on this device, so a dropped link or a closed tab loses almost
        nothing.
      </p>
      <RecordScreen />
    </div>
  );
}
