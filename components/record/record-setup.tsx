'use client';

import { useState } from 'react';
import type { PlannedWorkout } from '@/engine/workout/types';
import type { ManualEntry } from '@/lib/devices/finish/manual-entry';
import type { RecordingSport } from '@/lib/devices/recorder/journal-format';
import type { Units } from '@/lib/store/profile-schema';
import { Button } from '../ui/button';
import { ManualEntryForm } from './manual-entry-form';
import { WorkoutPicker } from './workout-picker';

type Props = {
  suggestedSport: RecordingSport;
  deviceCount: number;
  workouts: PlannedWorkout[];
  speak: boolean;
  onSpeak: (speak: boolean) => void;
  busy: boolean;
  units: Units;
  onStart: (sport: RecordingSport, workout: PlannedWorkout | null) => void;
  onSaveManual: (entry: ManualEntry) => Promise<void>;
};

/** Before recording: the sport, a workout to follow, Start, and the by-hand alternative. */
export function RecordSetup(props: Props) {
  const { deviceCount, workouts, busy } = props;
  const [sport, setSport] = useState<RecordingSport | null>(null);
  const [workoutId, setWorkoutId] = useState<string | null>(null);
  const chosenSport = sport ?? props.suggestedSport;
  const workout = workouts.find((w) => w.id === workoutId) ?? null;
  return (
    <>
      <section aria-labelledby="start-title" className="space-y-3">
        <h2 id="start-title" className="text-xl font-semibold">
          Start
        </h2>
        <div className="max-w-xs">
          <label htmlFor="record-sport">Sport to record</label>
          <select
            id="record-sport"
            className="mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
            value={chosenSport}
            onChange={(e) => setSport(e.target.value as RecordingSport)}
          >
            <option value="rowing">Rowing</option>
            <option value="running">Running</option>
          </select>
        </div>
        <WorkoutPicker
          workouts={workouts}
          chosenId={workoutId}
          onChoose={setWorkoutId}
          speak={props.speak}
          onSpeak={props.onSpeak}
        />
        <Button
          size="big"
          disabled={busy || deviceCount === 0}
          onClick={() => props.onStart(chosenSport, workout)}
        >
          Start recording
        </Button>
        {deviceCount === 0 && (
          <p className="text-sm text-slate-500 dark:text-slate-400">
            Pair a device (or the demo devices) to start.
          </p>
        )}
      </section>
      <details className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
        <summary className="cursor-pointer font-medium">
          No devices? Enter a session by hand
        </summary>
        <div className="mt-3">
          <ManualEntryForm units={props.units} onSave={props.onSaveManual} />
        </div>
      </details>
    </>
  );
}
