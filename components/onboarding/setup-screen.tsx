'use client';

import Link from 'next/link';
import { useState, type ComponentType } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import type { SetupAnswers } from '@/lib/store/profile-schema';
import { stepAfter, stepBefore, stepPosition, type SetupStep } from './setup-flow';
import { StepGoal } from './step-goal';
import { StepNumbers } from './step-numbers';
import { StepPlan } from './step-plan';
import { STEP_NAMES, type StepProps } from './step-props';
import { StepSports } from './step-sports';
import { StepVolume } from './step-volume';
import { StepWeek } from './step-week';
import { useSetup } from './use-setup';

const STEPS: Record<SetupStep, ComponentType<StepProps>> = {
  sports: StepSports,
  goal: StepGoal,
  week: StepWeek,
  volume: StepVolume,
  numbers: StepNumbers,
  plan: StepPlan,
};

function Progress({ step }: { step: SetupStep }) {
  const { index, count } = stepPosition(step);
  return (
    <div className="mb-4">
      <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="setup-progress">
        Step {index} of {count} · {STEP_NAMES[step]}
      </p>
      <div className="mt-1 h-1.5 rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden="true">
        <div
          className="h-1.5 rounded-full bg-brand"
          style={{ width: `${(index / count) * 100}%` }}
        />
      </div>
    </div>
  );
}

function SetUpAlready({ again }: { again: () => void }) {
  return (
    <Card title="You’re set up">
      <p className="text-sm">
        Your plan is made. You can change any answer in Settings or make another plan.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Link href="/plan/" className="inline-flex min-h-12 items-center text-link underline">
          Open your plan
        </Link>
        <Button variant="secondary" size="touch" onClick={again}>
          Go through the setup again
        </Button>
      </div>
    </Card>
  );
}

function SetupFlow({ setup }: { setup: ReturnType<typeof useSetup> }) {
  const [doneOnArrival, setDoneOnArrival] = useState(setup.status === 'done');
  const [moved, setMoved] = useState(false);
  const { step, save } = setup;
  if (doneOnArrival)
    return (
      <SetUpAlready
        again={() => {
          save({ status: 'in-progress', step: 'sports' });
          setDoneOnArrival(false);
        }}
      />
    );
  const goTo = (to: SetupStep | null, answers?: Partial<SetupAnswers>) => {
    setMoved(true);
    const status = setup.status === 'done' ? 'done' : 'in-progress';
    save({ step: to ?? step, status, ...(answers ? { answers } : {}) });
  };
  const before = stepBefore(step);
  const Step = STEPS[step];
  return (
    <>
      <Progress step={step} />
      <Card>
        <Step
          key={step}
          answers={setup.answers}
          profile={setup.profile}
          focusOnShow={moved}
          next={(answers) => goTo(stepAfter(step), answers)}
          skip={() => goTo(stepAfter(step))}
          back={before ? () => goTo(before) : null}
          goTo={(to) => goTo(to)}
          finish={(answers) => save({ status: 'done', ...(answers ? { answers } : {}) })}
          setField={setup.setField}
        />
      </Card>
    </>
  );
}

/**
 * The first-run setup: a few calm questions that end on a plan. Every step can be skipped, the
 * app stays usable around it, and where the athlete is lives in their profile, so it resumes on
 * any device.
 */
export function SetupScreen() {
  const setup = useSetup();
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Set up Splits">
        A few questions, about two minutes, and you have a plan. Skip anything you like.
      </PageHeader>
      {setup.loaded ? <SetupFlow setup={setup} /> : <p role="status">Loading your answers…</p>}
      {setup.status === 'done' ? null : (
        <p className="mt-4 text-sm">
          <Link href="/" className="text-link underline">
            Leave the setup for now
          </Link>{' '}
          — Today will offer to finish it.
        </p>
      )}
    </div>
  );
}
