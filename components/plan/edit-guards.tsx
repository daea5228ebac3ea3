'use client';

import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { tallOnTouch } from './touch';

/**
 * Before a done workout's plan is edited: what was done stays as it was recorded; only what was
 * planned changes. Said once, plainly, with the way out first.
 */
export function DoneEditConfirm({ onEdit, onKeep }: { onEdit: () => void; onKeep: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby="done-edit-title"
      className="grid gap-2 rounded-lg bg-amber-50 p-3 text-sm dark:bg-amber-950"
    >
      <p id="done-edit-title" className="font-medium">
        This workout is done. Edit what was planned?
      </p>
      <p>
        Your done record stays as it is: it is what you did. Editing changes only the plan for this
        day, and its steps decide its length.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button ref={keep} variant="secondary" className={tallOnTouch} onClick={onKeep}>
          Leave it as planned
        </Button>
        <Button className={tallOnTouch} onClick={onEdit}>
          Edit the plan anyway
        </Button>
      </div>
    </div>
  );
}

/** Escape or Close with unsaved edits: the draft stays until the athlete chooses to drop it. */
export function DiscardConfirm({
  onKeep,
  onDiscard,
}: {
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby="discard-title"
      className="mb-3 grid gap-2 rounded-lg bg-amber-50 p-3 text-sm dark:bg-amber-950"
    >
      <p id="discard-title" className="font-medium">
        You have changes that are not saved. Close without saving them?
      </p>
      <div className="flex flex-wrap gap-2">
        <Button ref={keep} className={tallOnTouch} onClick={onKeep}>
          Keep editing
        </Button>
        <Button variant="danger" className={tallOnTouch} onClick={onDiscard}>
          Discard changes
        </Button>
      </div>
    </div>
  );
}
