'use client';

import { IntentLink } from '@/components/app/intent-link';
import { Card } from '@/components/ui/card';
import { today } from '@/lib/store/device-clock';
import { useJournal } from '@/lib/store/use-journal';

export function CheckInCard() {
  const { days } = useJournal();
  const entry = days.get(today());
  const parts = entry
    ? [
        entry.sleepHours !== null ? `sleep ${entry.sleepHours} h` : null,
        entry.rmssdMs !== null ? `HRV ${entry.rmssdMs} ms` : null,
        entry.restingHrBpm !== null ? `resting HR ${entry.restingHrBpm} bpm` : null,
        entry.soreness !== null ? `soreness ${entry.soreness}/5` : null,
      ].filter((p): p is string => p !== null)
    : [];
  return (
    <Card title="This morning">
      {parts.length > 0 ? (
        <p className="text-sm">Logged today: {parts.join(', ')}.</p>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          A quick check-in (sleep, how you feel) helps Splits judge how ready you are. Skip it
          whenever you like.
        </p>
      )}
      <IntentLink href="/journal/" className="mt-2 inline-block text-sm text-link underline">
        {parts.length > 0 ? 'Edit today’s check-in' : 'Log how you feel'}
      </IntentLink>
    </Card>
  );
}
