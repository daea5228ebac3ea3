'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { goalSpec } from '@/engine/plan/goals';
import { formatDay } from '@/lib/format/dates';
import type { MakeOutcome } from './make-plan';
import type { Alternative } from './plan-alternatives';

/** The engine's summary starts with the goal's label ("2k is…"); a sentence starts with a capital. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Made = Extract<MakeOutcome, { type: 'made' }>;
type Unrealistic = Extract<MakeOutcome, { type: 'unrealistic' }>;

function alternativeWords(a: Alternative): string {
  const { request } = a;
  const label = goalSpec(request.sport, request.goal)?.choiceLabel ?? request.goal;
  const on = request.raceDate ? formatDay(request.raceDate) : '';
  if (a.kind === 'later-race') return `${label} on ${on}, a later race`;
  if (a.kind === 'shorter-goal') return `${label} on ${on}, the same date`;
  return 'Just get fitter: 12 weeks, no race';
}

/** Moves focus to what replaced the button just pressed, so keyboard and screen reader follow. */
function useFocusOnMount<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** The plan is made: what it is, whether it is a stretch, and where to go next. */
export function PlanMade({ outcome }: { outcome: Made }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="grid gap-3" data-testid="plan-made">
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        Your plan is ready: {outcome.weeks} weeks.
      </h2>
      <p className="text-sm">{sentence(outcome.feasibility.summary)}</p>
      {outcome.warnings.length > 0 ? (
        <ul className="list-disc pl-5 text-sm">
          {outcome.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link
          href="/plan/"
          className="inline-flex min-h-12 items-center rounded-lg bg-brand px-4 font-medium text-white"
        >
          Open your plan
        </Link>
        <Link href="/" className="inline-flex min-h-12 items-center px-2 text-link underline">
          Go to Today
        </Link>
      </div>
    </div>
  );
}

/** The goal is not realistic from here: why, and the plans that would work, for the athlete to pick. */
export function PlanAlternatives(props: {
  outcome: Unrealistic;
  busy: boolean;
  onPick: (a: Alternative) => void;
  onChangeWeek: () => void;
}) {
  const { outcome } = props;
  const reason = useFocusOnMount<HTMLParagraphElement>();
  const [picked, setPicked] = useState(0);
  const chosen = outcome.alternatives[picked];
  return (
    <div className="grid gap-3" data-testid="plan-alternatives">
      <p ref={reason} tabIndex={-1} className="text-sm focus:outline-none">
        {sentence(outcome.summary)}
      </p>
      {outcome.alternatives.length > 0 ? (
        <fieldset className="grid gap-1">
          <legend className="mb-1 text-sm font-medium">These would work — pick one</legend>
          {outcome.alternatives.map((a, i) => (
            <label key={`${a.kind}-${a.request.goal}`} className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name="alternative"
                className="size-5"
                checked={picked === i}
                onChange={() => setPicked(i)}
              />
              {alternativeWords(a)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {chosen ? (
          <Button size="touch" disabled={props.busy} onClick={() => props.onPick(chosen)}>
            Make this plan
          </Button>
        ) : null}
        <Button variant="secondary" size="touch" onClick={props.onChangeWeek}>
          {outcome.needsRoom ? 'Offer more days or time' : 'Change my week'}
        </Button>
      </div>
    </div>
  );
}
