'use client';

import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ActivityStreams } from '@/engine/activity/types';
import { isRowing } from '@/engine/analysis/sport-family';
import { METERS_PER_MILE } from '@/engine/units/pace';
import type { Units } from '@/lib/store/profile-schema';

const MAX_POINTS = 600;

type Point = { minute: number; hr: number | null; pace: number | null };

/** Pace in minutes per display unit (km, mile or 500 m); null when standing still. */
function paceMinutes(speedMps: number, units: Units, sport: string): number | null {
  if (!(speedMps > 0.3)) return null;
  const metres = isRowing(sport) ? 500 : units === 'imperial' ? METERS_PER_MILE : 1000;
  return metres / speedMps / 60;
}

function points(streams: ActivityStreams, units: Units, sport: string): Point[] {
  const n = streams.timeS.length;
  const stride = Math.max(1, Math.ceil(n / MAX_POINTS));
  const out: Point[] = [];
  for (let i = 0; i < n; i += stride) {
    const hr = streams.heartRateBpm[i] ?? Number.NaN;
    const speed = streams.speedMps[i] ?? Number.NaN;
    out.push({
      minute: (streams.timeS[i] ?? 0) / 60,
      hr: Number.isNaN(hr) ? null : Math.round(hr),
      pace: Number.isNaN(speed) ? null : paceMinutes(speed, units, sport),
    });
  }
  return out;
}

export function ActivityChart({
  streams,
  units,
  sport,
}: {
  streams: ActivityStreams;
  units: Units;
  sport: string;
}) {
  const data = points(streams, units, sport);
  const paceUnit = isRowing(sport) ? 'min/500 m' : units === 'imperial' ? 'min/mi' : 'min/km';
  return (
    <figure>
      <div className="h-64 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={data}
            margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" opacity={0.4} />
            <XAxis
              dataKey="minute"
              type="number"
              unit=" min"
              tickFormatter={(v: number) => v.toFixed(0)}
            />
            <YAxis yAxisId="hr" unit=" bpm" width={70} domain={['auto', 'auto']} />
            <YAxis
              yAxisId="pace"
              orientation="right"
              reversed
              unit={` ${paceUnit}`}
              width={110}
              domain={['auto', 'auto']}
            />
            <Tooltip />
            <Line
              yAxisId="hr"
              dataKey="hr"
              name="Heart rate (bpm)"
              stroke="#dc2626"
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              yAxisId="pace"
              dataKey="pace"
              name={`Pace (${paceUnit})`}
              stroke="#0f766e"
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-slate-600 dark:text-slate-300">
        Heart rate (red, bpm) and pace (teal, {paceUnit}) over time in minutes. The splits table
        below has the same numbers.
      </figcaption>
    </figure>
  );
}
