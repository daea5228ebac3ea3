import { Card } from '@/components/ui/card';
import { Stat, StatGrid } from '@/components/ui/stat';
import { formatClock } from '@/engine/units/clock';
import type { StoredSwim } from '@/lib/store/activity-summary-schema';

const pace100 = (seconds: number, metres: number) =>
  metres > 0 ? formatClock((seconds / metres) * 100) : '—';

/** A swim as swimmers read it: pace per 100 m, SWOLF, lengths and rests, the pool's length. */
export function SwimCard({ swim }: { swim: StoredSwim }) {
  let active = 0;
  return (
    <Card title="Swim">
      <StatGrid>
        <Stat
          label="Pool"
          value={swim.poolLengthM === null ? 'Open water' : `${swim.poolLengthM} m`}
        />
        <Stat
          label="Pace"
          value={swim.paceS100m === null ? '—' : `${formatClock(swim.paceS100m)} /100 m`}
        />
        <Stat label="SWOLF" value={swim.swolf === null ? '—' : swim.swolf.toFixed(0)} />
        <Stat label="Lengths" value={String(swim.activeLengths)} />
        <Stat label="Resting" value={formatClock(swim.restS)} />
        <Stat label="Strokes" value={swim.strokes === null ? '—' : String(swim.strokes)} />
      </StatGrid>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">
        Pace leaves out time resting at the wall, as watches show it. SWOLF is seconds plus strokes
        per length: lower is smoother.
      </p>
      {swim.lengths.length > 0 ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">Every length ({swim.lengths.length})</summary>
          <table className="mt-2 w-full text-left tabular-nums">
            <caption className="sr-only">Lengths and rests</caption>
            <thead>
              <tr>
                <th scope="col">Length</th>
                <th scope="col">Stroke</th>
                <th scope="col">Time</th>
                <th scope="col">Pace /100 m</th>
                <th scope="col">Strokes</th>
              </tr>
            </thead>
            <tbody>
              {swim.lengths.map((l, i) => (
                <tr key={i} className={l.active ? '' : 'text-slate-600 dark:text-slate-300'}>
                  <th scope="row" className="font-normal">
                    {l.active ? ++active : 'Rest'}
                  </th>
                  <td>{l.active ? (l.stroke ?? '—') : ''}</td>
                  <td>{formatClock(l.elapsedS)}</td>
                  <td>{l.active ? pace100(l.elapsedS, l.distanceM) : ''}</td>
                  <td>{l.strokes ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </Card>
  );
}
