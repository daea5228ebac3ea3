'use client';

import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';

/**
 * One setup step: its question as a heading (focused when the athlete arrives on it, so a screen
 * reader reads where they are), the answers, and Back, Skip for now and Continue. Enter continues.
 */
export function StepFrame({
  title,
  intro,
  focusOnShow,
  error = null,
  continueLabel = 'Continue',
  busy = false,
  continueDisabled = false,
  hideContinue = false,
  onContinue,
  onSkip,
  onBack,
  children,
}: {
  title: string;
  intro?: string;
  focusOnShow: boolean;
  error?: string | null;
  continueLabel?: string;
  busy?: boolean;
  /** Continue cannot be pressed yet (something is still missing); Skip and Back still can. */
  continueDisabled?: boolean;
  /** The step offers its own way on (such as a choice of plans), so Continue is not shown. */
  hideContinue?: boolean;
  onContinue: (form: HTMLFormElement) => void;
  onSkip: (() => void) | null;
  onBack: (() => void) | null;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow, title]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onContinue(event.currentTarget);
  };
  return (
    <form onSubmit={submit} aria-labelledby="setup-step-title" noValidate>
      <h2
        id="setup-step-title"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold focus:outline-none"
      >
        {title}
      </h2>
      {intro ? <p className="mt-1 text-slate-600 dark:text-slate-300">{intro}</p> : null}
      <div className="mt-4 grid gap-4">{children}</div>
      <div className="mt-4">
        <FormError error={error} />
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        {hideContinue ? null : (
          <Button type="submit" size="touch" disabled={busy || continueDisabled}>
            {continueLabel}
          </Button>
        )}
        {onSkip ? (
          <Button variant="secondary" size="touch" onClick={onSkip} disabled={busy}>
            Skip for now
          </Button>
        ) : null}
        {onBack ? (
          <Button variant="quiet" size="touch" onClick={onBack} disabled={busy}>
            Back
          </Button>
        ) : null}
      </div>
    </form>
  );
}
