import { formatSpeed, type PaceMode } from '@/components/charts/pace-mode';
import type { Domain } from '@/components/charts/scale';
import { formatClock } from '@/engine/units/clock';
import { formatHeartRate, formatPower, formatDistance } from '@/lib/format/units';
import type { Units } from '@/lib/store/profile-schema';

/** One row: a lap, a rep or rest, or a split. */
export type SegmentRow = {
  key: string;
  label: string;
  /** Work rows stand out. */
  emphasis: boolean;
  movingS: number;
  distanceM: number;
  avgSpeedMps: number | null;
  avgHr: number | null;
  maxHr: number | null;
  avgPowerW: number | null;
  range: Domain | null;
};

/** The header row: the pace-or-speed column follows the sport; Max HR and Power only when known. */
function SegmentHead({
  caption,
  mode,
  maxHr,
  power,
}: {
  caption: string;
  mode: PaceMode;
  maxHr: boolean;
  power: boolean;
}) {
  return (
    <thead>
      <tr className="border-b border-slate-200 dark:border-slate-800">
        <th scope="col" className="py-1 pr-2">
          {caption.startsWith('Splits') ? 'Split' : 'Lap'}
        </th>
        <th scope="col" className="pr-2">
          Time
        </th>
        <th scope="col" className="pr-2">
          Distance
        </th>
        <th scope="col" className="pr-2">
          {mode.kind === 'pace' ? 'Pace' : 'Speed'}
        </th>
        <th scope="col" className="pr-2">
          Avg HR
        </th>
        {maxHr ? (
          <th scope="col" className="hidden pr-2 sm:table-cell">
            Max HR
          </th>
        ) : null}
        {power ? (
          <th scope="col" className="pr-2">
            Power
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

/** One lap, rep or split; its name is a button that shows the stretch on the charts. */
function SegmentTableRow({
  row: r,
  mode,
  sport,
  units,
  maxHr,
  power,
  onShow,
}: {
  row: SegmentRow;
  mode: PaceMode;
  sport: string;
  units: Units;
  maxHr: boolean;
  power: boolean;
  onShow: (range: Domain) => void;
}) {
  return (
    <tr
      className={`border-b border-slate-100 dark:border-slate-800 ${r.emphasis ? 'font-semibold' : 'text-slate-700 dark:text-slate-300'}`}
    >
      <th scope="row" className="py-1 pr-2 font-normal whitespace-nowrap">
        {r.range ? (
          <button
            type="button"
            className={`text-left underline decoration-dotted underline-offset-2 ${r.emphasis ? 'font-semibold' : ''}`}
            onClick={() => onShow(r.range!)}
            title="Show on the charts"
          >
            {r.label}
            <span className="sr-only"> (show on the charts)</span>
          </button>
        ) : (
          r.label
        )}
      </th>
      <td className="pr-2">{formatClock(r.movingS)}</td>
      <td className="pr-2 whitespace-nowrap">{formatDistance(r.distanceM, units, sport)}</td>
      <td className="pr-2 whitespace-nowrap">{formatSpeed(mode, r.avgSpeedMps)}</td>
      <td className="pr-2 whitespace-nowrap">{formatHeartRate(r.avgHr)}</td>
      {maxHr ? (
        <td className="hidden pr-2 whitespace-nowrap sm:table-cell">{formatHeartRate(r.maxHr)}</td>
      ) : null}
      {power ? <td className="pr-2 whitespace-nowrap">{formatPower(r.avgPowerW)}</td> : null}
    </tr>
  );
}

/**
 * Laps, intervals or splits as a table: the accessible form of what the charts show. Each row's
 * name zooms the charts (and the route) to that stretch.
 */
export function SegmentTable({
  caption,
  rows,
  mode,
  sport,
  units,
  onShow,
}: {
  caption: string;
  rows: SegmentRow[];
  mode: PaceMode;
  sport: string;
  units: Units;
  onShow: (range: Domain) => void;
}) {
  const power = rows.some((r) => r.avgPowerW !== null);
  const maxHr = rows.some((r) => r.maxHr !== null);
  return (
    <div className="-mx-4 overflow-x-auto px-4">
      <table className="w-full text-left text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <SegmentHead caption={caption} mode={mode} maxHr={maxHr} power={power} />
        <tbody>
          {rows.map((r) => (
            <SegmentTableRow
              key={r.key}
              row={r}
              mode={mode}
              sport={sport}
              units={units}
              maxHr={maxHr}
              power={power}
              onShow={onShow}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
