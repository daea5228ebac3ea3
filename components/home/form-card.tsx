'use client';

import { IntentLink } from '@/components/app/intent-link';
import { Card } from '@/components/ui/card';
import { Stat, StatGrid } from '@/components/ui/stat';
import { loadRatioSentence } from '@/components/fitness/load-ratio-words';
import { formMeaning } from '@/engine/fitness/fitness-seed';
import { startsSeeded } from '@/lib/queries/fitness-start';
import { dayCount, latestDay } from '@/lib/store/index-queries';
import { useIndexQuery } from '@/lib/store/use-index-query';
import { useProfile } from '@/lib/store/use-profile';

/** Form in words: what today's balance of fitness and fatigue tends to mean, without judgement. */
function formWords(tsb: number): string {
  if (tsb > 15) return 'Fresh: a good day for a hard session or a race.';
  if (tsb > -10) return 'Balanced: training is steady.';
  if (tsb > -30) return 'Building: fatigue is part of getting fitter; recover well.';
  return 'Deep in a training block: an easier day or two will help it sink in.';
}

/**
 * Today's fitness, fatigue, form and load ratio, read as the Fitness page reads them: with under
 * six weeks of history and no seed, form is "not meaningful yet", and under four the load ratio.
 */
export function FormCard() {
  const day = useIndexQuery(latestDay, null);
  const historyDays = useIndexQuery(dayCount, 0);
  const { profile } = useProfile();
  const meaning = formMeaning(historyDays, startsSeeded(profile, historyDays));
  return (
    <Card title="Form and fitness">
      {day && day.ctl !== null && day.atl !== null && day.tsb !== null ? (
        <>
          <StatGrid>
            <Stat label="Fitness (CTL)" value={day.ctl.toFixed(0)} />
            <Stat label="Fatigue (ATL)" value={day.atl.toFixed(0)} />
            <Stat label="Form (TSB)" value={meaning.meaningful ? day.tsb.toFixed(0) : '—'} />
            <Stat label="Load ratio" value={day.acwr === null ? '—' : day.acwr.toFixed(2)} />
          </StatGrid>
          <p className="mt-3 text-sm" data-testid="form-words">
            {meaning.meaningful ? formWords(day.tsb) : meaning.note}
          </p>
          <p className="mt-1 text-sm" data-testid="load-ratio-words">
            {loadRatioSentence(day.acwr, historyDays)}
          </p>
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
