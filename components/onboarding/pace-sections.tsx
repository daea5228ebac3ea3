'use client';

import { Field } from '@/components/ui/field';
import { formatClock } from '@/engine/units/clock';
import { formatDay } from '@/lib/format/dates';
import { formatDistance, paceSPerKmToUnits } from '@/lib/format/units';
import type { Units } from '@/lib/store/profile-schema';
import type { PaceEstimate } from './history-estimates';
import type { RowChoice, RunChoice } from './pace-answers';
import { inputClass } from './step-props';

function Choice<C extends string>(props: {
  name: string;
  value: C;
  chosen: C | null;
  onChoose: (c: C) => void;
  label: string;
}) {
  return (
    <label className="flex min-h-11 items-center gap-3">
      <input
        type="radio"
        name={props.name}
        className="size-5"
        checked={props.chosen === props.value}
        onChange={() => props.onChoose(props.value)}
      />
      {props.label}
    </label>
  );
}

function DistanceTime(props: {
  prefix: 'run' | 'row';
  distances: readonly [number, string][];
  initial: { distanceM: number; timeS: number } | null;
}) {
  return (
    <div className="ml-8 grid gap-3 sm:grid-cols-2">
      <label className="flex flex-col gap-1 text-sm font-medium">
        Distance
        <select
          name={`${props.prefix}DistanceM`}
          defaultValue={String(props.initial?.distanceM ?? props.distances[0]![0])}
          className={inputClass}
        >
          {props.distances.map(([m, label]) => (
            <option key={m} value={m}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <Field
        label="Time"
        name={`${props.prefix}Time`}
        placeholder="m:ss or h:mm:ss"
        defaultValue={props.initial ? formatClock(props.initial.timeS) : ''}
      />
    </div>
  );
}

/** With nothing stored to estimate from, a rough guess of one test piece, or nothing at all. */
function RoughGuess(props: { sessions: string; typical: string; piece: string; name: string }) {
  return (
    <div className="ml-8 grid max-w-md gap-1">
      <p className="text-sm">
        There are no {props.sessions} here to estimate from yet. A rough guess works — or leave it
        empty and plans use typical {props.typical} for your experience, and say so.
      </p>
      <Field
        label={`About how long would ${props.piece} take you today?`}
        name={props.name}
        placeholder="m:ss"
      />
    </div>
  );
}

const paceText = (sPerKm: number, units: Units) =>
  `${formatClock(paceSPerKmToUnits(sPerKm, units))} ${units === 'imperial' ? '/mi' : '/km'}`;

const fromText = (e: PaceEstimate, units: Units, sport: string) =>
  `${formatDistance(e.from.distanceM, units, sport)} in ${formatClock(e.from.movingS)} on ${formatDay(e.from.date)}`;

/** Running: a race time, a known threshold pace, or "estimate for me" — saying how. */
export function RunPaces(props: {
  chosen: RunChoice | null;
  onChoose: (c: RunChoice) => void;
  units: Units;
  history: PaceEstimate | null;
  best: { distanceM: number; timeS: number } | null;
}) {
  const { chosen, units, history } = props;
  return (
    <fieldset className="grid gap-1">
      <legend className="mb-1 font-medium">Running</legend>
      <Choice
        name="run"
        value="race"
        chosen={chosen}
        onChoose={props.onChoose}
        label="From a recent race or time trial"
      />
      {chosen === 'race' ? (
        <DistanceTime
          prefix="run"
          initial={props.best}
          distances={[
            [5000, '5 km'],
            [10000, '10 km'],
            [21097.5, 'Half marathon'],
            [42195, 'Marathon'],
          ]}
        />
      ) : null}
      <Choice
        name="run"
        value="threshold"
        chosen={chosen}
        onChoose={props.onChoose}
        label="I know my threshold pace"
      />
      {chosen === 'threshold' ? (
        <div className="ml-8 max-w-xs">
          <Field
            label={`Threshold pace (per ${units === 'imperial' ? 'mile' : 'km'})`}
            name="thresholdPace"
            placeholder="m:ss"
            hint="The pace you could hold for about an hour."
          />
        </div>
      ) : null}
      <Choice
        name="run"
        value="estimate"
        chosen={chosen}
        onChoose={props.onChoose}
        label="Not sure? Estimate for me"
      />
      {chosen === 'estimate' ? (
        history ? (
          <p className="ml-8 text-sm" data-testid="run-estimate">
            From your quickest run here ({fromText(history, units, 'running')}), read as if it were
            a race: threshold pace about {paceText(history.valueS, units)}. If that run was easy,
            your real threshold is faster; a race time gives a better figure.
          </p>
        ) : (
          <RoughGuess sessions="runs" typical="paces" piece="5 km" name="runGuess" />
        )
      ) : null}
    </fieldset>
  );
}

/** Rowing: a recent test piece, or "estimate for me" — saying how. */
export function RowPaces(props: {
  chosen: RowChoice | null;
  onChoose: (c: RowChoice) => void;
  units: Units;
  history: PaceEstimate | null;
  best: { distanceM: number; timeS: number } | null;
}) {
  const { chosen, history } = props;
  return (
    <fieldset className="grid gap-1">
      <legend className="mb-1 font-medium">Rowing</legend>
      <Choice
        name="row"
        value="piece"
        chosen={chosen}
        onChoose={props.onChoose}
        label="From a recent test piece"
      />
      {chosen === 'piece' ? (
        <DistanceTime
          prefix="row"
          initial={props.best}
          distances={[
            [2000, '2,000 m'],
            [500, '500 m'],
            [1000, '1,000 m'],
            [5000, '5,000 m'],
            [6000, '6,000 m'],
          ]}
        />
      ) : null}
      <Choice
        name="row"
        value="estimate"
        chosen={chosen}
        onChoose={props.onChoose}
        label="Not sure? Estimate for me"
      />
      {chosen === 'estimate' ? (
        history ? (
          <p className="ml-8 text-sm" data-testid="row-estimate">
            From your quickest row here ({fromText(history, props.units, 'rowing')}), moved to 2,000
            m by Paul’s law: a 2k of about {formatClock(history.valueS)}. A test piece gives a
            better figure.
          </p>
        ) : (
          <RoughGuess sessions="rows" typical="splits" piece="2,000 m" name="rowGuess" />
        )
      ) : null}
    </fieldset>
  );
}
