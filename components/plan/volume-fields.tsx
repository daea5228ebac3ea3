'use client';

import { Field } from '@/components/ui/field';
import type { HistoryVolume } from '@/lib/plans/history-volume';
import { minutesText } from '@/lib/plans/minutes-text';

function weeklyHint(history: HistoryVolume, sportWord: string): string {
  switch (history.kind) {
    case 'enough':
      return `From your last ${history.weeks} weeks of ${sportWord} (${history.sessions} sessions): about ${history.weeklyMin} min a week. Change it if that was not typical.`;
    case 'short':
      return `Splits has only ${history.days} days of your ${sportWord} (${history.sessions} ${history.sessions === 1 ? 'session' : 'sessions'}, ${minutesText(history.totalMin)}): too little to tell a usual week. How many minutes a week do you train?`;
    case 'none':
      return 'How many minutes a week do you train now? Your best guess is fine; the plan starts there.';
  }
}

/**
 * What the athlete trains now, from the history the app actually holds, or asked for: the plan
 * never assumes zero. The longest recent session starts the long-session build.
 */
export function VolumeFields({ history, sport }: { history: HistoryVolume; sport: 'run' | 'row' }) {
  const sportWord = sport === 'run' ? 'running' : 'rowing';
  const enough = history.kind === 'enough' ? history : null;
  return (
    <>
      <Field
        // Refilled when history arrives or the sport changes: history beats a guess.
        key={`weekly-${sport}-${enough?.weeklyMin ?? history.kind}`}
        label="Minutes you train per week now"
        name="weeklyMin"
        type="number"
        min={0}
        max={3000}
        defaultValue={enough?.weeklyMin ?? ''}
        hint={weeklyHint(history, sportWord)}
        required
      />
      <Field
        key={`long-${sport}-${enough?.longestMin ?? history.kind}`}
        label="Your longest recent session (min)"
        name="longMin"
        type="number"
        min={0}
        max={600}
        defaultValue={enough?.longestMin ?? ''}
        hint={
          enough
            ? `Your longest ${sportWord} session of the last ${enough.weeks} weeks.`
            : 'Optional; without it the plan estimates it and says so.'
        }
      />
    </>
  );
}
