'use client';

import { useState } from 'react';
import { OwnFitnessFields } from '@/components/fitness/own-fitness-fields';
import { readPaces, type RowChoice, type RunChoice } from './pace-answers';
import { RowPaces, RunPaces } from './pace-sections';
import { StepFrame } from './step-frame';
import type { StepProps } from './step-props';
import { useHistoryEstimates } from './use-history';

function sportsShown(props: StepProps): { run: boolean; row: boolean } {
  const sports = props.answers.sports ?? props.answers.goal?.sport ?? 'both';
  return { run: sports !== 'row', row: sports !== 'run' };
}

/** Step 5: paces from a best time, a known threshold, or an estimate said out loud. */
export function StepNumbers(props: StepProps) {
  const { answers, profile } = props;
  const history = useHistoryEstimates('run');
  const shown = sportsShown(props);
  const [run, setRun] = useState<RunChoice | null>(
    answers.runBest ? 'race' : answers.estimatePaces ? 'estimate' : null,
  );
  const [row, setRow] = useState<RowChoice | null>(
    answers.rowBest ? 'piece' : answers.estimatePaces ? 'estimate' : null,
  );
  const [error, setError] = useState<string | null>(null);
  return (
    <StepFrame
      title="Your paces"
      intro="Paces and splits for each session, and how hard each one counts, come from one good effort. Not sure? We’ll estimate it."
      focusOnShow={props.focusOnShow}
      error={error}
      onContinue={(form) => {
        const text = Object.fromEntries(
          [...new FormData(form).entries()].map(([k, v]) => [k, String(v)]),
        );
        const reading = readPaces(
          { run: shown.run ? run : null, row: shown.row ? row : null, text },
          profile.units,
          history,
        );
        if (!reading.ok) return setError(reading.error);
        const { thresholdPaceSPerKm, best2kS } = reading.updates.profile;
        if (thresholdPaceSPerKm !== undefined)
          props.setField('thresholdPaceSPerKm', thresholdPaceSPerKm);
        if (best2kS !== undefined) props.setField('best2kS', best2kS);
        props.next(reading.updates.answers);
      }}
      onSkip={props.skip}
      onBack={props.back}
    >
      {shown.run ? (
        <RunPaces
          chosen={run}
          onChoose={(c) => {
            setRun(c);
            setError(null);
          }}
          units={profile.units}
          history={history.thresholdPace}
          best={answers.runBest}
        />
      ) : null}
      {shown.row ? (
        <RowPaces
          chosen={row}
          onChoose={(c) => {
            setRow(c);
            setError(null);
          }}
          units={profile.units}
          history={history.twoK}
          best={answers.rowBest}
        />
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">
          Know your fitness (CTL) from another app?
        </summary>
        <p className="my-2 text-slate-600 dark:text-slate-300">
          If intervals.icu, TrainingPeaks or another app shows your fitness, your chart here can
          start from it. Not sure? We’ll estimate it from your first weeks.
        </p>
        <OwnFitnessFields />
      </details>
    </StepFrame>
  );
}
