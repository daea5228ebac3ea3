'use client';

import { useState } from 'react';
import { WEEKDAYS, type Weekday } from '@/engine/plan/calendar-date';
import type { SetupAnswers } from '@/lib/store/profile-schema';
import { StepFrame } from './step-frame';
import { inputClass, type StepProps } from './step-props';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const LENGTHS = [
  { value: '30', label: 'Up to 30 min' },
  { value: '45', label: 'Up to 45 min' },
  { value: '60', label: 'Up to 1 hour' },
  { value: '90', label: 'Up to 1½ hours' },
  { value: '120', label: 'Up to 2 hours' },
  { value: '', label: 'As long as it takes' },
] as const;

type Day = NonNullable<SetupAnswers['days']>[number];

function DayChoice(props: {
  day: Weekday;
  chosen: Day | undefined;
  onToggle: (on: boolean) => void;
  onLength: (value: string) => void;
}) {
  const { day, chosen } = props;
  return (
    <li className="flex items-center gap-3">
      <label className="flex min-h-11 min-w-0 flex-1 items-center gap-3 sm:max-w-40">
        <input
          type="checkbox"
          className="size-5"
          checked={chosen !== undefined}
          onChange={(e) => props.onToggle(e.currentTarget.checked)}
        />
        {DAY_NAMES[day]}
      </label>
      {chosen ? (
        <select
          aria-label={`${DAY_NAMES[day]}: how long`}
          className={`${inputClass} w-44`}
          value={chosen.maxMin === null ? '' : String(chosen.maxMin)}
          onChange={(e) => props.onLength(e.currentTarget.value)}
        >
          {LENGTHS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      ) : null}
    </li>
  );
}

/** Step 3: the days the athlete can train and how long on each, and the long session's day. */
export function StepWeek(props: StepProps) {
  const { answers } = props;
  const [days, setDays] = useState<Day[]>(answers.days ?? []);
  const [error, setError] = useState<string | null>(null);
  const has = (day: Weekday) => days.find((d) => d.day === day);
  const toggle = (day: Weekday, on: boolean) => {
    setError(null);
    setDays((all) =>
      on
        ? WEEKDAYS.flatMap((w) =>
            w === day ? [{ day, maxMin: 60 }] : all.filter((d) => d.day === w),
          )
        : all.filter((d) => d.day !== day),
    );
  };
  const setLength = (day: Weekday, value: string) =>
    setDays((all) =>
      all.map((d) => (d.day === day ? { day, maxMin: value ? Number(value) : null } : d)),
    );
  return (
    <StepFrame
      title="When can you train?"
      intro="Tick the days you can usually train and how long you have. Rest days go around the hard sessions."
      focusOnShow={props.focusOnShow}
      error={error}
      onContinue={(form) => {
        if (days.length === 0) return setError('Pick at least one day, or skip this for now.');
        const longDay = String(new FormData(form).get('longDay') ?? '');
        const chosen = days.find((d) => d.day === longDay)?.day ?? null;
        props.next({ days, longDay: chosen });
      }}
      onSkip={props.skip}
      onBack={props.back}
    >
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Days and time</legend>
        <ul className="grid gap-2">
          {WEEKDAYS.map((day) => (
            <DayChoice
              key={day}
              day={day}
              chosen={has(day)}
              onToggle={(on) => toggle(day, on)}
              onLength={(value) => setLength(day, value)}
            />
          ))}
        </ul>
      </fieldset>
      {days.length > 1 ? (
        <label className="flex max-w-xs flex-col gap-1 text-sm font-medium">
          Long session on
          <select name="longDay" defaultValue={answers.longDay ?? ''} className={inputClass}>
            <option value="">Whichever day has most time</option>
            {days.map((d) => (
              <option key={d.day} value={d.day}>
                {DAY_NAMES[d.day]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </StepFrame>
  );
}
