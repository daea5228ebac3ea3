'use client';

import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
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
import { DayFields } from './day-fields';
import { ExperienceField, GoalField, LongDayAndBest, SportChoice } from './plan-form-fields';
import { VolumeFields } from './volume-fields';
import { tallOnTouch } from './touch';

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
          <SportChoice
            sport={sport}
            onSport={(s) => {
              setSport(s);
              setGoal(s === 'run' ? '10k' : '2k');
            }}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <GoalField sport={sport} goal={goal} onGoal={setGoal} />
            {goal !== 'general-fitness' ? (
              <Field label="Race date" name="raceDate" type="date" min={date} required />
            ) : null}
            <Field label="Start on" name="startDate" type="date" defaultValue={date} required />
            <ExperienceField />
            <VolumeFields history={history} sport={sport} />
          </div>
          <DayFields />
          <LongDayAndBest sport={sport} best={best} />
          <div>
            <Button className={tallOnTouch} type="submit" disabled={busy || !athleteId}>
              {busy ? 'Building your plan…' : 'Build my plan'}
            </Button>
          </div>
          <FormError error={error} />
        </fieldset>
      </form>
    </Card>
  );
}
