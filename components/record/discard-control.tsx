'use client';

import { useId, useRef } from 'react';
import { Button } from '../ui/button';

type Props = {
  disabled: boolean;
  onDiscard: () => void;
  /** The button's words, the question, and the answer that keeps the session. */
  label?: string;
  question?: string;
  keepLabel?: string;
};

/**
 * Discard behind a question, away from Finish: a stray tap opens the question, whose first answer
 * (and Escape) keeps the session. Only "Discard session" lets it go.
 */
export function DiscardControl({
  disabled,
  onDiscard,
  label = 'Discard…',
  question = 'Discard this session?',
  keepLabel = 'Keep recording',
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <Button
        variant="quiet"
        size="touch"
        disabled={disabled}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        className="m-auto max-w-sm rounded-xl bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id={`${id}-title`} className="text-xl font-semibold">
          {question}
        </h2>
        <p id={`${id}-text`} className="mt-2">
          Nothing of it will be kept. To keep what you have done, save it instead.
        </p>
        <form method="dialog" className="mt-4 flex flex-wrap justify-end gap-3">
          <Button type="submit" variant="secondary" size="touch" autoFocus>
            {keepLabel}
          </Button>
          <Button
            variant="danger"
            size="touch"
            onClick={() => {
              dialog.current?.close();
              onDiscard();
            }}
          >
            Discard session
          </Button>
        </form>
      </dialog>
    </>
  );
}
