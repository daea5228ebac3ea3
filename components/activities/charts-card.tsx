'use client';

import { useState } from 'react';
import { ActivityCharts } from '@/components/charts/activity-charts';
import type { Domain } from '@/components/charts/scale';
import type { Band } from '@/components/charts/stream-chart';
import { Card } from '@/components/ui/card';
import type { IntervalAnalysis } from '@/engine/analysis/intervals';
import type { ActivityStreams } from '@/engine/activity/types';
import type { Units } from '@/lib/store/profile-schema';
import { MinuteTable } from './minute-table';

const CHARTS_ID = 'activity-charts';

/** Work reps shaded behind the charts, so a session reads as its intervals. */
export function workBands(intervals: IntervalAnalysis | null | undefined): Band[] {
  return (
    intervals?.segments
      .filter((s) => s.kind === 'work')
      .map((s) => ({ from: s.startS, to: s.endS, className: 'fill-amber-300/25' })) ?? []
  );
}

/**
 * The range the charts, the route and the strokes are zoomed to; `show` zooms to a stretch picked
 * in a table and brings the charts into view.
 */
export function useChartZoom() {
  const [zoom, setZoom] = useState<Domain | null>(null);
  const show = (range: Domain) => {
    setZoom(range);
    document.getElementById(CHARTS_ID)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  return { zoom, setZoom, show };
}

/** The streams charted, with the minute-by-minute table beside them. */
export function ChartsCard({
  streams,
  sport,
  units,
  bands,
  zoom,
  onZoom,
}: {
  streams: ActivityStreams | null;
  sport: string;
  units: Units;
  bands: Band[];
  zoom: Domain | null;
  onZoom: (range: Domain | null) => void;
}) {
  return (
    <section id={CHARTS_ID} className="scroll-mt-4">
      <Card title="Charts">
        {streams ? (
          <div className="grid grid-cols-1 gap-3">
            <ActivityCharts
              streams={streams}
              sport={sport}
              units={units}
              bands={bands}
              zoom={zoom}
              onZoom={onZoom}
            />
            <MinuteTable streams={streams} sport={sport} units={units} />
          </div>
        ) : (
          <p role="status" className="text-sm">
            Loading the recording…
          </p>
        )}
      </Card>
    </section>
  );
}
