'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { GOAL_IDS, goalSpec, type GoalId } from '@/engine/plan/goals';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { parseDuration } from '@/lib/format/units';
import { createPlan } from '@/lib/plans/create-plan';
import { useAthleteId } from '@/lib/store/current-athlete';
import { today } from '@/lib/store/device-clock';
import { useWeeklyMinutesFromHistory } from '@/lib/queries/use-weekly-minutes';
import { FormError } from '@/components/ui/form-error';

/** The goals the engine plans for, in its order, with the engine's menu labels. */
const goals = Object.fromEntries(
  (['run', 'row'] as const).map((sport) => [
    sport,
    GOAL_IDS[sport].map((id) => [id, goalSpec(sport, id)!.choiceLabel] as const),
  ]),
) as Record<'run' | 'row', (readonly [GoalId, string])[]>;

const weekdays = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;

const selectClass =
  'rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100';

function planRequest(form: FormData, sport: 'run' | 'row') {
  const goal = String(form.get('goal'));
  const days = weekdays
    .filter(([day]) => form.get(`day-${day}`) === 'on')
    .map(([day]) => {
      const max = Number(form.get(`max-${day}`) || '');
      return { day, maxMin: Number.isFinite(max) && max >= 10 ? max : null };
    });
  const bestTime = parseDuration(String(form.get('bestTime') ?? ''));
  const bestDistance = Number(form.get('bestDistanceM') || '');
  const longDay = String(form.get('longDay') ?? '');
  return {
    sport,
    goal,
    raceDate: goal === 'general-fitness' ? null : String(form.get('raceDate') || '') || null,
    startDate: String(form.get('startDate') || today()),
    currentWeeklyMin: Number(form.get('weeklyMin') || 0),
    days,
    longDay: longDay === '' ? null : longDay,
    experience: String(form.get('experience')),
    best:
      bestTime !== null && bestDistance > 0 ? { distanceM: bestDistance, timeS: bestTime } : null,
    heartRateZones: null,
  };
}

export function PlanCreateForm({ onCreated }: { onCreated: (planId: string) => void }) {
  const athleteId = useAthleteId();
  const [sport, setSport] = useState<'run' | 'row'>('run');
  const [goal, setGoal] = useState<string>('10k');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fromHistory = useWeeklyMinutesFromHistory(sport).data ?? null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!athleteId) return;
    setBusy(true);
    const result = await createPlan(
      athleteId,
      planRequest(new FormData(event.currentTarget), sport),
    );
    setBusy(false);
    if (result.ok) onCreated(result.planId);
    else setError(`The plan could not be made: ${result.message}.`);
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
              <Field label="Race date" name="raceDate" type="date" min={today()} required />
            ) : null}
            <Field label="Start on" name="startDate" type="date" defaultValue={today()} required />
            <Field
              // Refilled when history arrives or the sport changes: history beats a guess.
              key={`${sport}-${fromHistory ?? 'none'}`}
              label="Minutes you train per week now"
              name="weeklyMin"
              type="number"
              min={0}
              max={3000}
              defaultValue={fromHistory ?? 180}
              hint={
                fromHistory === null
                  ? 'Your best guess is fine; it sets where the plan starts.'
                  : `From your last 4 weeks of ${sport === 'run' ? 'running' : 'rowing'}: about ${fromHistory} min a week. Change it if that was not typical.`
              }
              required
            />
            <label className="flex flex-col gap-1 text-sm font-medium">
              Experience
              <select name="experience" defaultValue="intermediate" className={selectClass}>
                <option value="beginner">New to structured training</option>
                <option value="intermediate">Some seasons behind me</option>
                <option value="advanced">Experienced</option>
              </select>
            </label>
          </div>
          <fieldset>
            <legend className="text-sm font-medium">
              Days you can train (and at most how long)
            </legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {weekdays.map(([day, label]) => (
                <div key={day} className="flex items-center gap-2">
                  <input
                    id={`day-${day}`}
                    name={`day-${day}`}
                    type="checkbox"
                    defaultChecked={['tue', 'thu', 'sat', 'sun'].includes(day)}
                  />
                  <label htmlFor={`day-${day}`} className="w-24">
                    {label}
                  </label>
                  <input
                    aria-label={`${label}: at most minutes (leave empty for any)`}
                    name={`max-${day}`}
                    type="number"
                    min={10}
                    max={600}
                    placeholder="any"
                    className={`${selectClass} w-24`}
                  />
                  <span className="text-xs">min</span>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-3 sm:grid-cols-3">
            <label className="flex flex-col gap-1 text-sm font-medium">
              Long session on
              <select name="longDay" defaultValue="sun" className={selectClass}>
                <option value="">No preference</option>
                {weekdays.map(([day, label]) => (
                  <option key={day} value={day}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <Field
              label="A recent best: distance (m)"
              name="bestDistanceM"
              type="number"
              min={100}
              hint={sport === 'row' ? 'e.g. 2000' : 'e.g. 5000'}
            />
            <Field
              label="…and its time"
              name="bestTime"
              type="text"
              placeholder="m:ss"
              hint="Optional; paces come from it."
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
