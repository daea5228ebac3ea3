'use client';

import { FitnessChart } from '@/components/charts/fitness-chart';
import { Card } from '@/components/ui/card';
import { formatDay } from '@/lib/format/dates';
import type { FitnessView } from '@/lib/queries/fitness-view';
import type { DayRow } from '@/lib/store/index-rows';
import { LoadRatioNote } from './load-ratio-note';

/** "−7.8" with a real minus sign, as the chart's axis shows it. */
const signed = (value: number | null) =>
  value === null ? '—' : value.toFixed(1).replace('-', '−');

function Summary({ last, formShown }: { last: DayRow; formShown: boolean }) {
  return (
    <p className="mt-2 text-sm" data-testid="fitness-summary">
      On {formatDay(last.date)}: fitness {last.ctl?.toFixed(1)}, fatigue {last.atl?.toFixed(1)}
      {formShown ? `, form ${signed(last.tsb)}` : ''} (load points per day).
    </p>
  );
}

function DayTable({ days, formShown }: { days: DayRow[]; formShown: boolean }) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer">The numbers by day</summary>
      <table className="mt-2 w-full text-left tabular-nums">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Load</th>
            <th scope="col">Fitness</th>
            <th scope="col">Fatigue</th>
            {formShown ? <th scope="col">Form</th> : null}
          </tr>
        </thead>
        <tbody>
          {days.slice(-28).map((d) => (
            <tr key={d.date}>
              <th scope="row" className="font-normal">
                {formatDay(d.date)}
              </th>
              <td>{Math.round(d.load)}</td>
              <td>{d.ctl?.toFixed(1)}</td>
              <td>{d.atl?.toFixed(1)}</td>
              {formShown ? <td>{signed(d.tsb)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The fitness chart with its figures in words, what form means yet, and the load ratio. */
export function FitnessCard({ view }: { view: FitnessView }) {
  const { days, last, meaning } = view;
  return (
    <Card title="Fitness, fatigue and form">
      {!last ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Your chart starts with your first imported or recorded session.
        </p>
      ) : (
        <>
          <FitnessChart days={days} showForm={meaning.meaningful} />
          <Summary last={last} formShown={meaning.meaningful} />
          {meaning.note ? (
            <p
              className="mt-2 rounded-lg bg-sky-50 p-3 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-100"
              data-testid="form-meaning"
            >
              {meaning.note}
            </p>
          ) : null}
          <div className="mt-3">
            <LoadRatioNote acwr={last.acwr} historyDays={meaning.historyDays} />
          </div>
          <DayTable days={days} formShown={meaning.meaningful} />
        </>
      )}
    </Card>
  );
}
