'use client';

import { useState } from 'react';
import { activityPanels } from '@/components/charts/activity-panels';
import { formatPaceValue, paceMode, paceValue } from '@/components/charts/pace-mode';
import type { ActivityStreams } from '@/engine/activity/types';
import { formatClock } from '@/engine/units/clock';
import type { Units } from '@/lib/store/profile-schema';

type Row = {
  atS: number;
  speed: number | null;
  hr: number | null;
  power: number | null;
  cadence: number | null;
};

function averages(s: ActivityStreams, everyS: number): Row[] {
  const rows: Row[] = [];
  const sums = { speed: [0, 0], hr: [0, 0], power: [0, 0], cadence: [0, 0] };
  let bucket = 0;
  const flush = () => {
    const mean = ([sum, n]: number[]) => (n! > 0 ? sum! / n! : null);
    rows.push({
      atS: bucket * everyS,
      speed: mean(sums.speed),
      hr: mean(sums.hr),
      power: mean(sums.power),
      cadence: mean(sums.cadence),
    });
    for (const k of Object.keys(sums) as (keyof typeof sums)[]) sums[k] = [0, 0];
  };
  const add = (key: keyof typeof sums, v: number) => {
    if (Number.isFinite(v) && v > 0) {
      sums[key][0]! += v;
      sums[key][1]! += 1;
    }
  };
  for (let i = 0; i < s.timeS.length; i++) {
    const b = Math.floor(s.timeS[i]! / everyS);
    if (b !== bucket) {
      flush();
      bucket = b;
    }
    add('speed', s.speedMps[i]!);
    add('hr', s.heartRateBpm[i]!);
    add('power', s.powerW[i]!);
    add('cadence', s.cadence[i]!);
  }
  flush();
  return rows;
}

/**
 * The charts' numbers as a table, minute by minute (every 5 minutes past two hours), for screen
 * readers, keyboards and anyone who prefers figures. Built only when opened.
 */
export function MinuteTable({
  streams,
  sport,
  units,
}: {
  streams: ActivityStreams;
  sport: string;
  units: Units;
}) {
  const [open, setOpen] = useState(false);
  const endS = streams.timeS[streams.timeS.length - 1] ?? 0;
  const everyS = endS > 7200 ? 300 : 60;
  const keys = new Set(activityPanels(streams, sport, units).map((p) => p.key));
  const mode = paceMode(sport, units);
  return (
    <details className="text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer">
        The charts as a table ({everyS === 60 ? 'each minute' : 'every 5 minutes'})
      </summary>
      {open ? (
        <div className="mt-2 max-h-96 overflow-auto">
          <table className="w-full text-left tabular-nums">
            <caption className="sr-only">
              Averages {everyS === 60 ? 'per minute' : 'per 5 minutes'} of elapsed time
            </caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                {keys.has('pace') ? (
                  <th scope="col">
                    {mode.kind === 'pace' ? `Pace (${mode.unit})` : `Speed (${mode.unit})`}
                  </th>
                ) : null}
                {keys.has('hr') ? <th scope="col">Heart rate</th> : null}
                {keys.has('power') ? <th scope="col">Power</th> : null}
                {keys.has('cadence') ? <th scope="col">Cadence</th> : null}
              </tr>
            </thead>
            <tbody>
              {averages(streams, everyS).map((r) => (
                <tr key={r.atS}>
                  <th scope="row" className="font-normal">
                    {formatClock(r.atS)}
                  </th>
                  {keys.has('pace') ? (
                    <td>
                      {formatPaceValue(
                        mode,
                        r.speed === null ? null : paceValue(mode, r.speed),
                        false,
                      )}
                    </td>
                  ) : null}
                  {keys.has('hr') ? (
                    <td>{r.hr === null ? '—' : `${Math.round(r.hr)} bpm`}</td>
                  ) : null}
                  {keys.has('power') ? (
                    <td>{r.power === null ? '—' : `${Math.round(r.power)} W`}</td>
                  ) : null}
                  {keys.has('cadence') ? (
                    <td>{r.cadence === null ? '—' : Math.round(r.cadence)}</td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
