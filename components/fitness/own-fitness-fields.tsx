'use client';

import { NumberEntry } from '@/components/journal/number-entry';
import { useProfile } from '@/lib/store/use-profile';

/**
 * The athlete's own starting fitness and fatigue, e.g. from intervals.icu or TrainingPeaks. Saving
 * a fitness also chooses it as where the chart starts.
 */
export function OwnFitnessFields() {
  const { profile, setField } = useProfile();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <NumberEntry
        label="Fitness (CTL)"
        hint="From another app, in its load points per day (about 20–40 for many recreational athletes)."
        value={profile.fitnessStartCtl}
        min={0}
        max={250}
        onSave={(v) => {
          setField('fitnessStartCtl', v);
          if (v !== null) setField('fitnessStart', 'own');
        }}
      />
      <NumberEntry
        label="Fatigue (ATL), if you know it"
        hint="Leave it empty and fatigue starts equal to fitness, as after a steady week."
        value={profile.fitnessStartAtl}
        min={0}
        max={400}
        onSave={(v) => setField('fitnessStartAtl', v)}
      />
    </div>
  );
}
