'use client';

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DayRow } from '@/lib/store/index-rows';

// Calendar days on the axis as the rest of the app writes them ("Nov 13"), never ISO.
const axisDay = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const formatAxisDay = (date: string) => axisDay.format(new Date(`${date}T12:00:00Z`));

/**
 * Fitness, fatigue and form by day. Form is left out while it is not meaningful yet (a short
 * history started from zero), so a filling fitness line is never drawn as a dive into fatigue. The
 * chart is hidden from screen readers: the page gives the same numbers as a table.
 */
export function FitnessChart({ days, showForm }: { days: DayRow[]; showForm: boolean }) {
  const data = days.map((d) => ({ date: d.date, ctl: d.ctl, atl: d.atl, tsb: d.tsb }));
  return (
    <div className="h-72 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={data}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
          <XAxis dataKey="date" minTickGap={32} tickFormatter={formatAxisDay} />
          <YAxis width={48} />
          <Tooltip />
          <Legend />
          <Line
            dataKey="ctl"
            name="Fitness (CTL)"
            stroke="#0f766e"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="atl"
            name="Fatigue (ATL)"
            stroke="#dc2626"
            dot={false}
            isAnimationActive={false}
          />
          {showForm ? (
            <Line
              dataKey="tsb"
              name="Form (TSB)"
              stroke="#2563eb"
              dot={false}
              isAnimationActive={false}
            />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
