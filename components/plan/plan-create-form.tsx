'use client';

import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { GOAL_IDS, goalSpec, type GoalId } from '@/engine/plan/goals';
import { WEEKDAYS } from '@/engine/plan/calendar-date';
import { formatClock } from '@/engine/units/clock';
import { createPlan } from '@/lib/plans/create-plan';
import { historyVolume } from '@/lib/plans/history-volume';
import {
  planHeartRateZones,
  planRequestFromForm,
  settingsBest,
} from '@/lib/plans/plan-form-request';
import { usePlanDone } from '@/lib/plans/use-plan-done';
import { useAthleteId } from '@/lib/store/current-athlete';
import { today } from '@/lib/store/device-clock';
import { useProfile } from '@/lib/store/use-profile';
import { DayFields, selectClass, WEEKDAY_LABELS } from './day-fields';
import { VolumeFields } from './volume-fields';

/** The goals the engine plans for, in its order, with the engine's menu labels. */
const goals = Object.fromEntries(
  (['run', 'row'] as const).map((sport) => [
    sport,
    GOAL_IDS[sport].map((id) => [id, goalSpec(sport, id)!.choiceLabel] as const),
  ]),
) as Record<'run' | 'row', (readonly [GoalId, string])[]>;

export function PlanCreateForm({ onCreated }: { onCreated: (planId: string) => void }) {
  const athleteId = useAthleteId();
  const { profile } = useProfile();
  const { done } = usePlanDone();
  const [sport, setSport] = useState<'run' | 'row'>('run');
  const [goal, setGoal] = useState<string>('10k');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const date = today();
  const history = useMemo(() => historyVolume(done, sport, date), [done, sport, date]);
  const best = settingsBest(profile, sport);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!athleteId) return;
    setBusy(true);
    const form = new FormData(event.currentTarget);
    const request = planRequestFromForm(form, sport, date, planHeartRateZones(profile));
    const result = await createPlan(athleteId, request);
    setBusy(false);
    if (result.ok) onCreated(result.planId);
    else setError(`The plan could not be made: ${result.message}`);
  };

  return (
    <Card title="Make a plan">
      <form onSubmit={submit} aria-label="Make a plan">
        <fieldset disabled={!athleteId} className="grid gap-4">
          <fieldset className="flex gap-4">
            <legend className="text-sm font-medium">Sport</legend>
            {(['run', 'row'] as const).map((s) => (
              <label key={s} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="sport"
                  checked={sport === s}
                  onChange={() => {
                    setSport(s);
                    setGoal(s === 'run' ? '10k' : '2k');
                  }}
                />
                {s === 'run' ? 'Running' : 'Rowing'}
              </label>
            ))}
          </fieldset>
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="flex flex-col gap-1 text-sm font-medium">
              Goal
              <select
                name="goal"
                value={goal}
                onChange={(e) => setGoal(e.currentTarget.value)}
                className={selectClass}
              >
                {goals[sport].map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            {goal !== 'general-fitness' ? (
              <Field label="Race date" name="raceDate" type="date" min={date} required />
            ) : null}
            <Field label="Start on" name="startDate" type="date" defaultValue={date} required />
            <label className="flex flex-col gap-1 text-sm font-medium">
              Experience
              <select name="experience" defaultValue="intermediate" className={selectClass}>
                <option value="beginner">New to structured training</option>
                <option value="intermediate">Some seasons behind me</option>
                <option value="advanced">Experienced</option>
              </select>
            </label>
            <VolumeFields history={history} sport={sport} />
          </div>
          <DayFields />
          <div className="grid gap-3 sm:grid-cols-3">
            <label className="flex flex-col gap-1 text-sm font-medium">
              Long session on
              <select name="longDay" defaultValue="sun" className={selectClass}>
                <option value="">No preference</option>
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {WEEKDAY_LABELS[day]}
                  </option>
                ))}
              </select>
            </label>
            <Field
              key={`best-distance-${sport}-${best?.distanceM ?? ''}`}
              label="A recent best: distance (m)"
              name="bestDistanceM"
              type="number"
              min={100}
              defaultValue={best?.distanceM ?? ''}
              hint={sport === 'row' ? 'e.g. 2000' : 'e.g. 5000'}
            />
            <Field
              key={`best-time-${sport}-${best?.timeS ?? ''}`}
              label="…and its time"
              name="bestTime"
              type="text"
              placeholder="m:ss"
              defaultValue={best ? formatClock(best.timeS) : ''}
              hint={
                best
                  ? `Your best ${sport === 'row' ? '2k' : '5 km'} from Settings; paces come from it.`
                  : 'Optional; paces come from it.'
              }
            />
          </div>
          <div>
            <Button type="submit" disabled={busy || !athleteId}>
              {busy ? 'Building your plan…' : 'Build my plan'}
            </Button>
          </div>
          <FormError error={error} />
        </fieldset>
      </form>
    </Card>
  );
}
