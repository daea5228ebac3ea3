'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { PlanRequest } from '@/engine/plan/plan-request';
import { useAthleteId } from '@/lib/store/current-athlete';
import { today } from '@/lib/store/device-clock';
import { makePlan, type MakeOutcome } from './make-plan';
import { PlanAlternatives, PlanMade } from './plan-outcome';
import { PlanSummary } from './plan-summary';
import { planRequestFrom, type MissingAnswer } from './setup-flow';
import { StepFrame } from './step-frame';
import { STEP_NAMES, type StepProps } from './step-props';
import { planSport, useHistoryEstimates } from './use-history';

function Missing({ missing, goTo }: { missing: MissingAnswer[]; goTo: StepProps['goTo'] }) {
  return (
    <div className="grid gap-2" data-testid="plan-missing">
      <p>To make your plan we still need:</p>
      <ul className="grid gap-2">
        {missing.map((m) => (
          <li key={m.what} className="flex flex-wrap items-center gap-3">
            <span>{m.what}</span>
            <Button variant="secondary" onClick={() => goTo(m.step)}>
              Answer in “{STEP_NAMES[m.step]}”
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Step 6: the answers in words, then the plan — or, for an unrealistic goal, what would work. */
export function StepPlan(props: StepProps) {
  const { answers, profile } = props;
  const router = useRouter();
  const athleteId = useAthleteId();
  const history = useHistoryEstimates(planSport(answers));
  const [outcome, setOutcome] = useState<MakeOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const result = planRequestFrom(answers, {
    today: today(),
    historyWeeklyMin: history.weeklyMin,
    best2kS: profile.best2kS,
    thresholdPaceSPerKm: profile.thresholdPaceSPerKm,
  });

  const make = async (request: PlanRequest, picked: boolean) => {
    if (!athleteId) return;
    setBusy(true);
    const made = await makePlan(athleteId, request);
    setBusy(false);
    setOutcome(made);
    if (made.type !== 'made') return;
    const chosen = picked
      ? { goal: { sport: request.sport, id: request.goal }, raceDate: request.raceDate }
      : {};
    props.finish(chosen);
  };

  if (outcome?.type === 'made') return <PlanMade outcome={outcome} />;
  return (
    <StepFrame
      title="Your plan"
      intro={result.ok ? 'Here is what your plan will be built from.' : undefined}
      focusOnShow={props.focusOnShow}
      busy={busy}
      continueDisabled={!result.ok}
      hideContinue={outcome?.type === 'unrealistic'}
      continueLabel={busy ? 'Building your plan…' : 'Make my plan'}
      error={outcome?.type === 'failed' ? `The plan could not be made: ${outcome.message}.` : null}
      onContinue={() => {
        if (result.ok) void make(result.request, false);
      }}
      onSkip={() => router.push('/')}
      onBack={props.back}
    >
      {result.ok ? (
        <PlanSummary
          request={result.request}
          units={profile.units}
          weeklyFromHistory={result.weeklyFromHistory}
          experienceGiven={result.experienceGiven}
          pacesFromThresholdSPerKm={result.pacesFromThresholdSPerKm}
        />
      ) : (
        <Missing missing={result.missing} goTo={props.goTo} />
      )}
      {outcome?.type === 'unrealistic' ? (
        <PlanAlternatives
          outcome={outcome}
          busy={busy}
          onPick={(a) => void make(a.request, true)}
          onChangeWeek={() => props.goTo('week')}
        />
      ) : null}
    </StepFrame>
  );
}
