'use client';

import type { PlannedWorkout } from '@/engine/workout/types';

type Props = {
  workouts: PlannedWorkout[];
  chosenId: string | null;
  onChoose: (id: string | null) => void;
  speak: boolean;
  onSpeak: (speak: boolean) => void;
};

/** Pick today's planned session to follow (or none), and whether cues are spoken. */
export function WorkoutPicker({ workouts, chosenId, onChoose, speak, onSpeak }: Props) {
  return (
    <div className="flex flex-wrap items-end gap-4">
      <label className="block">
        Follow a workout
        <select
          className="mt-1 block rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          value={chosenId ?? ''}
          onChange={(e) => onChoose(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">None — just record</option>
          {workouts.map((w) => (
            <option key={w.id} value={w.id}>
              Today: {w.title}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={speak} onChange={(e) => onSpeak(e.target.checked)} />
        Speak cues aloud
      </label>
    </div>
  );
}
