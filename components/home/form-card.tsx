'use client';

import { IntentLink } from '@/components/app/intent-link';
import { Card } from '@/components/ui/card';
import { Stat, StatGrid } from '@/components/ui/stat';
import { latestDay } from '@/lib/store/index-queries';
import { useIndexQuery } from '@/lib/store/use-index-query';

/** Form in words: what today's balance of fitness and fatigue tends to mean, without judgement. */
function formWords(tsb: number): string {
  if (tsb > 15) return 'Fresh: a good day for a hard session or a race.';
  if (tsb > -10) return 'Balanced: training is steady.';
  if (tsb > -30) return 'Building: fatigue is part of getting fitter; recover well.';
  return 'Deep in a training block: an easier day or two will help it sink in.';
}

/**
 * The load ratio in words: the last week's load against the last four weeks' (Williams' EWMA
 * acute:chronic ratio). 0.8–1.3 is the range usually called steady; the thresholds are debated
 * (Impellizzeri et al. 2020), so this describes, it does not warn.
 */
function ratioWords(acwr: number): string {
  const what = `Load ratio ${acwr.toFixed(2)}: your last 7 days' training load against your last 4 weeks'.`;
  if (acwr < 0.8)
    return `${what} Below 0.8 you are doing less than of late: a recovery week, a taper or a break.`;
  if (acwr <= 1.3) return `${what} 0.8–1.3 is the usual range when training builds steadily.`;
  if (acwr <= 1.5)
    return `${what} Above 1.3 your load has risen quickly; give the next days room to absorb it.`;
  return `${what} Above 1.5 is a sharp rise compared with what you are used to; easier days will help it settle.`;
}

export function FormCard() {
  const day = useIndexQuery(latestDay, null);
  return (
    <Card title="Form and fitness">
      {day && day.ctl !== null && day.atl !== null && day.tsb !== null ? (
        <>
          <StatGrid>
            <Stat label="Fitness (CTL)" value={day.ctl.toFixed(0)} />
            <Stat label="Fatigue (ATL)" value={day.atl.toFixed(0)} />
            <Stat label="Form (TSB)" value={day.tsb.toFixed(0)} />
            <Stat label="Load ratio" value={day.acwr === null ? '—' : day.acwr.toFixed(2)} />
          </StatGrid>
          <p className="mt-3 text-sm">{formWords(day.tsb)}</p>
          {day.acwr !== null ? (
            <p className="mt-1 text-sm" data-testid="load-ratio-words">
              {ratioWords(day.acwr)}
            </p>
          ) : null}
          <IntentLink href="/fitness/" className="mt-2 inline-block text-sm text-link underline">
            See the fitness chart
          </IntentLink>
        </>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Import or record a few sessions and your fitness, fatigue and form will show here.{' '}
          <IntentLink href="/activities/" className="text-link underline">
            Import activities
          </IntentLink>
        </p>
      )}
    </Card>
  );
}
