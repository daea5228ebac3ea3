'use client';

import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { LoadAssumptionsResult } from '@/lib/queries/load-assumptions';

/**
 * Every default the loads behind these figures leaned on (threshold pace, threshold heart rate,
 * the 2k…), said where the figures are shown, with the way to give the athlete's own.
 */
export function LoadAssumptionsCard({ result }: { result: LoadAssumptionsResult }) {
  if (result.ok && result.assumptions.length === 0) return null;
  return (
    <Card title="What these figures lean on">
      {result.ok ? (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Each session’s load is scored against your thresholds. Where you have not given one, a
            typical value stands in, and fitness, fatigue, form and the load ratio inherit it:
          </p>
          <ul className="mt-2 list-disc pl-5 text-sm" data-testid="load-assumptions">
            {result.assumptions.map((a) => (
              <li key={a.field}>{a.text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="text-sm">
          Your heart-rate settings do not fit together ({result.reason}), so loads use typical
          values until they do.
        </p>
      )}
      <Link href="/settings/" className="mt-2 inline-block text-sm text-link underline">
        Give your own in Settings
      </Link>
    </Card>
  );
}
