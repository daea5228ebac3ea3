import { parseFlags } from '../flags.ts';
import { caloriesPerHour, splitFromWatts, wattsFromSplit } from '../../engine/rowing/concept2.ts';
import { UsageError, type CliIo } from '../io.ts';
import { formatClock, parseClock } from '../clock.ts';

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, {
    split: { type: 'string' },
    watts: { type: 'string' },
    json: { type: 'boolean' },
  });
  if ((values.split === undefined) === (values.watts === undefined)) {
    throw new UsageError('give exactly one of --split M:SS(.s) or --watts W.');
  }
  let splitS500m: number;
  let wattsW: number;
  if (values.split !== undefined) {
    splitS500m = parseClock(values.split, '--split');
    wattsW = wattsFromSplit(splitS500m);
  } else {
    wattsW = Number(values.watts);
    if (!Number.isFinite(wattsW) || wattsW <= 0)
      throw new UsageError('--watts must be a positive number.');
    splitS500m = splitFromWatts(wattsW);
  }
  const result = { splitS500m, wattsW, caloriesPerHour: caloriesPerHour(wattsW) };
  if (values.json) {
    io.out(`${JSON.stringify(result)}\n`);
  } else {
    io.out(
      `${formatClock(splitS500m, { decimals: 1 })} /500 m  ·  ${wattsW.toFixed(1)} W  ·  ${Math.round(result.caloriesPerHour)} cal/h\n`,
    );
  }
  return 0;
}
