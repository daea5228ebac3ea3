'use client';

import type { LiveNumbers } from '@/lib/devices/recorder/live-numbers';
import type { RecordingSport } from '@/lib/devices/recorder/journal-format';
import type { Units } from '@/lib/store/profile-schema';
import { liveTiles, type LiveTile } from './live-tiles';

/*
 * Figures are sized to their tile's width (container query units) and the window's height, so
 * they read at arm's length on a phone held either way and grow on a bigger screen: the main one
 * at least 64 px, the others at least 40 px. A unit that does not fit beside its number wraps
 * under it rather than clipping.
 */
const MAIN_FIGURE = 'text-[clamp(4rem,min(calc((100cqi-5.5rem)/2.1),10vh),8rem)]';
const FIGURE = 'text-[clamp(2.5rem,min(calc((100cqi-3.5rem)/3.6),7vh),5rem)]';

/**
 * Open sessions: two columns on a portrait screen (the main figure across both), three on a
 * landscape one. Beside the step being followed, a six-column grid: the main figure a whole row,
 * time and distance half a row each, the rest a third (or a half, for two). Class names are
 * written out whole for Tailwind to find.
 */
function spanOf(tile: LiveTile, index: number, count: number, guided: boolean): string {
  if (!guided) return tile.main ? 'col-span-2' : 'landscape:col-span-2';
  if (tile.main) return 'col-span-6';
  return index <= 2 || count - 3 === 2 ? 'col-span-3' : 'col-span-2';
}

function Tile({ tile, span }: { tile: LiveTile; span: string }) {
  return (
    <div
      role="group"
      aria-label={tile.label}
      className={`@container flex min-w-0 flex-col justify-center rounded-xl border border-slate-200 bg-white px-3 py-1 dark:border-slate-800 dark:bg-slate-900 ${span}`}
    >
      <dt className="text-sm text-slate-600 dark:text-slate-300">{tile.label}</dt>
      <dd className="flex flex-wrap items-baseline gap-x-1">
        <span
          className={`leading-none font-semibold tabular-nums ${tile.main ? MAIN_FIGURE : FIGURE}`}
          data-testid={`live-${tile.key}`}
        >
          {tile.value}
        </span>
        {tile.unit && (
          <span className="text-base text-slate-600 dark:text-slate-300">{tile.unit}</span>
        )}
      </dd>
      {tile.detail && (
        <dd className="truncate text-sm text-slate-600 tabular-nums dark:text-slate-300">
          {tile.detail}
        </dd>
      )}
    </div>
  );
}

/** The big numbers, legible at arm's length on a rower; not announced (that would be a flood). */
export function LiveNumbersPanel({
  live,
  sport,
  units,
  guided,
}: {
  live: LiveNumbers;
  sport: RecordingSport;
  units: Units;
  /** Beside the step being followed a landscape screen has less width for the numbers. */
  guided: boolean;
}) {
  const tiles = liveTiles(live, sport, units);
  return (
    <section aria-label="Live numbers" className="h-full overflow-y-auto">
      <dl
        className={`grid h-full auto-rows-[minmax(min-content,1fr)] gap-2 ${guided ? 'grid-cols-6' : 'grid-cols-2 landscape:grid-cols-6'}`}
      >
        {tiles.map((tile, i) => (
          <Tile key={tile.key} tile={tile} span={spanOf(tile, i, tiles.length, guided)} />
        ))}
      </dl>
    </section>
  );
}
