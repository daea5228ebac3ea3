'use client';

import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { formatSpeed, paceMode, type PaceMode } from '@/components/charts/pace-mode';
import type { Domain } from '@/components/charts/scale';
import type { IntervalSegment, IntervalAnalysis } from '@/engine/analysis/intervals';
import type { SegmentStats } from '@/engine/analysis/segment-stats';
import type { Split } from '@/engine/analysis/splits';
import { formatHeartRate, formatDistance } from '@/lib/format/units';
import type { Units } from '@/lib/store/profile-schema';
import { SegmentTable, type SegmentRow } from './segment-table';

type View = 'intervals' | 'laps' | 'splits';

const KIND_LABEL = { warmup: 'Warm-up', rest: 'Recovery', cooldown: 'Cool-down' } as const;

function intervalRows(segments: IntervalSegment[]): SegmentRow[] {
  return segments.map((s, i) => ({
    ...s,
    key: `i${i}`,
    label: s.kind === 'work' ? `Rep ${s.rep}` : KIND_LABEL[s.kind],
    emphasis: s.kind === 'work',
    range: [s.startS, s.endS],
  }));
}

function lapRows(laps: SegmentStats[]): SegmentRow[] {
  return laps.map((s, i) => ({
    ...s,
    key: `l${i}`,
    label: String(i + 1),
    emphasis: false,
    range: [s.startS, s.endS],
  }));
}

function splitRows(splits: Split[]): SegmentRow[] {
  let at = 0;
  return splits.map((s) => {
    const range: Domain = [at, at + s.elapsedS];
    at += s.elapsedS;
    return {
      key: `s${s.index}`,
      label: String(s.index),
      emphasis: false,
      movingS: s.movingS,
      distanceM: s.distanceM,
      avgSpeedMps: s.movingS > 0 ? s.distanceM / s.movingS : null,
      avgHr: s.avgHr,
      maxHr: null,
      avgPowerW: null,
      range,
    };
  });
}

/** "4 × 1.00 km" when the reps match in distance, "4 × 3:40" in time, else "4 reps". */
export function repsLabel(analysis: IntervalAnalysis, sport: string, units: Units): string {
  const reps = analysis.segments.filter((s) => s.kind === 'work');
  const d = reps.map((r) => r.distanceM);
  const same = (xs: number[]) =>
    xs.every((x) => Math.abs(x - xs[0]!) <= Math.max(0.05 * xs[0]!, 10));
  if (d[0]! > 0 && same(d))
    return `${reps.length} × ${formatDistance(d.reduce((a, b) => a + b) / d.length, units, sport)}`;
  return `${reps.length} reps`;
}

/** One button per view, the one shown pressed. */
function ViewPicker({
  views,
  view,
  names,
  onChoose,
}: {
  views: View[];
  view: View;
  names: Record<View, string>;
  onChoose: (view: View) => void;
}) {
  return (
    <div className="mb-3 flex flex-wrap gap-2" role="group" aria-label="Show">
      {views.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={v === view}
          onClick={() => onChoose(v)}
          className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-pressed:bg-brand aria-pressed:text-white dark:border-slate-700"
        >
          {names[v]}
        </button>
      ))}
    </div>
  );
}

/** The reps in a line, averaged over work only, and where they were found. */
function WorkSummary({
  intervals,
  mode,
  sport,
  units,
}: {
  intervals: IntervalAnalysis;
  mode: PaceMode;
  sport: string;
  units: Units;
}) {
  return (
    <p className="mb-2 text-sm" data-testid="work-summary">
      {repsLabel(intervals, sport, units)} · work-only average{' '}
      {formatSpeed(mode, intervals.work.avgSpeedMps)}
      {intervals.work.avgHr !== null ? `, ${formatHeartRate(intervals.work.avgHr)}` : ''}
      {intervals.source === 'stream'
        ? ' · found in the samples (the file has no laps for them)'
        : ''}
    </p>
  );
}

/**
 * Work and rest, the file's laps, and splits by distance, one view at a time; intervals first
 * when the session has them, so a 4 × 1000 m reads as four reps, not splits across them.
 */
export function SegmentsCard(props: {
  intervals: IntervalAnalysis | null;
  laps: SegmentStats[];
  splits: { label: string; splits: Split[] };
  sport: string;
  units: Units;
  onShow: (range: Domain) => void;
}) {
  const { intervals, laps, splits, units } = props;
  const mode = paceMode(props.sport, units);
  // Laps the intervals were read from are the intervals view; other laps get their own.
  const views: View[] = [
    ...(intervals ? (['intervals'] as const) : []),
    ...(laps.length > 1 && intervals?.source !== 'laps' ? (['laps'] as const) : []),
    ...(splits.splits.length > 0 ? (['splits'] as const) : []),
  ];
  const [chosen, setChosen] = useState<View | null>(null);
  const view = chosen && views.includes(chosen) ? chosen : views[0];
  if (!view) return null;
  const names: Record<View, string> = {
    intervals: 'Intervals',
    laps: 'Laps',
    splits: `Splits (${splits.label})`,
  };
  return (
    <Card title={intervals ? 'Intervals, laps and splits' : 'Laps and splits'}>
      {views.length > 1 ? (
        <ViewPicker views={views} view={view} names={names} onChoose={setChosen} />
      ) : null}
      {view === 'intervals' && intervals ? (
        <>
          <WorkSummary intervals={intervals} mode={mode} sport={props.sport} units={units} />
          <SegmentTable
            caption="Intervals"
            rows={intervalRows(intervals.segments)}
            mode={mode}
            sport={props.sport}
            units={units}
            onShow={props.onShow}
          />
        </>
      ) : null}
      {view === 'laps' ? (
        <SegmentTable
          caption="Laps"
          rows={lapRows(laps)}
          mode={mode}
          sport={props.sport}
          units={units}
          onShow={props.onShow}
        />
      ) : null}
      {view === 'splits' ? (
        <SegmentTable
          caption={`Splits per ${splits.label}`}
          rows={splitRows(splits.splits)}
          mode={mode}
          sport={props.sport}
          units={units}
          onShow={props.onShow}
        />
      ) : null}
    </Card>
  );
}
