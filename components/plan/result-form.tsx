'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { formatClock } from '@/engine/units/clock';
import { formatDay } from '@/lib/format/dates';
import { parseDuration } from '@/lib/format/units';
import type { StoredPlan } from '@/lib/store/plan-doc';
import type { PlanEditor } from '@/lib/store/plan-editor';
import { summaryOnTouch } from './touch';

/**
 * A race or test result the athlete enters (a parkrun, a 2k test): a better one moves the
 * plan's paces when the coming days are next checked. Results of the plan's race come from the
 * activity marked done for it.
 */
export function ResultForm({
  plan,
  editor,
  today,
}: {
  plan: StoredPlan;
  editor: PlanEditor;
  today: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const row = plan.meta.sport === 'row';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const timeS = parseDuration(String(form.get('resultTime') ?? ''));
    const distanceM = Number(form.get('resultDistanceM'));
    if (timeS === null || !(distanceM >= 100)) {
      setError('Enter a distance in metres and a time like 24:30.');
      return;
    }
    try {
      editor.addRaceResult({ date: String(form.get('resultDate') || today), distanceM, timeS });
      setError(null);
      event.currentTarget.reset();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <details
      open={plan.results.length > 0}
      className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-800"
    >
      <summary className={`${summaryOnTouch} cursor-pointer font-medium`}>
        A race or test result
      </summary>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        A race or time trial faster than your plan&apos;s paces moves them when you next check the
        coming days.
      </p>
      {plan.results.length > 0 ? (
        <ul className="mt-1 text-sm" aria-label="Your results">
          {plan.results.map((r) => (
            <li key={`${r.date}-${r.distanceM}`} className="flex items-center gap-2">
              {formatDay(r.date)}: {r.distanceM} m in {formatClock(r.timeS)}
              <Button variant="quiet" onClick={() => editor.removeRaceResult(r)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        onSubmit={submit}
        aria-label="Add a result"
        className="mt-2 grid gap-2 sm:grid-cols-4 sm:items-end"
      >
        <Field label="Date" name="resultDate" type="date" max={today} defaultValue={today} />
        <Field
          label="Distance (m)"
          name="resultDistanceM"
          type="number"
          min={100}
          placeholder={row ? '2000' : '5000'}
          required
        />
        <Field label="Time" name="resultTime" placeholder={row ? '7:30' : '24:30'} required />
        <Button type="submit" variant="secondary">
          Add result
        </Button>
        <div className="sm:col-span-4">
          <FormError error={error} />
        </div>
      </form>
    </details>
  );
}
