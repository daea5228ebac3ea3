import { addDayLoad, computePmc, pmcDays } from '../engine/fitness/pmc.ts';
import { medianMs, report } from './measure.ts';

// Ten years of daily loads. Reference for the full computation: one plain pass over the same loads.
// Reference for adding a day: the full recomputation it avoids.
export default async function bench(): Promise<void> {
  const days = 3653;
  const loads = Float64Array.from({ length: days }, (_, i) =>
    i % 7 === 3 ? 0 : 40 + ((i * 37) % 90),
  );
  let sink = 0;
  const plainPass = medianMs(
    () => {
      for (let i = 0; i < days; i++) sink += loads[i]!;
    },
    51,
    5,
  );
  const full = medianMs(
    () => {
      sink += computePmc('2016-01-01', loads).ctl[days - 1]!;
    },
    51,
    5,
  );
  const fullWithDays = medianMs(
    () => {
      sink += pmcDays(computePmc('2016-01-01', loads)).length;
    },
    21,
    3,
  );
  report(
    'PMC over ten years vs one plain pass over the loads',
    full / plainPass,
    `${full.toFixed(3)} ms for ${days} days; target < 5 ms`,
  );
  report(
    'Same, with dated day objects, vs one plain pass',
    fullWithDays / plainPass,
    `${fullWithDays.toFixed(3)} ms for ${days} days including { date, load, ctl, … }; target < 5 ms`,
  );

  const series = computePmc('2016-01-01', loads);
  const repeats = 2000;
  const appendToday =
    medianMs(
      () => {
        for (let i = 0; i < repeats; i++) addDayLoad(series, '2025-12-31', 1);
      },
      11,
      2,
    ) / repeats;
  report(
    "Adding today's activity vs recomputing ten years",
    appendToday / full,
    `${(appendToday * 1000).toFixed(2)} µs per added activity; target < 0.1 ms`,
  );

  const midYear =
    medianMs(
      () => {
        for (let i = 0; i < 100; i++) addDayLoad(series, '2025-06-30', 1);
      },
      11,
      2,
    ) / 100;
  report(
    'Changing a day six months back vs recomputing ten years',
    midYear / full,
    `${(midYear * 1000).toFixed(2)} µs (recomputes ~185 days)`,
  );
  if (sink === 0) console.log('');
}
