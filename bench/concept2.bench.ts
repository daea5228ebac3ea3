import { splitFromWatts, wattsFromSplit } from '../engine/rowing/concept2.ts';
import { medianMs, report } from './measure.ts';

// Reference: the same loop doing only the arithmetic of reading the input, so the ratio shows the
// conversions' own cost.
export default async function bench(): Promise<void> {
  const n = 1_000_000;
  const splits = Float64Array.from({ length: n }, (_, i) => 90 + (i % 90));
  let sink = 0;
  const reference = medianMs(() => {
    for (let i = 0; i < n; i++) sink += splits[i]!;
  });
  const convert = medianMs(() => {
    for (let i = 0; i < n; i++) sink += splitFromWatts(wattsFromSplit(splits[i]!));
  });
  report(
    'Concept2 split→watts→split vs plain loop',
    convert / reference,
    `${((convert / n) * 1e6).toFixed(1)} ns per round trip`,
  );
  if (sink === 0) console.log('');
}
