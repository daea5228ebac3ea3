import { parseFlags } from '../flags.ts';
import { goalAtDistance } from '../../engine/plan/goals.ts';
import { predictRow, predictRun } from '../../engine/predict/race-predictions.ts';
import { UsageError, type CliIo } from '../io.ts';
import { formatClock, parseClock } from '../clock.ts';

/** The goal's name when a plan goal has this distance ("half marathon"), else kilometres. */
const label = (sport: 'run' | 'row', distanceM: number): string =>
  goalAtDistance(sport, distanceM)?.label ?? `${distanceM / 1000} km`;

function commandFlags(argv: string[]) {
  return parseFlags(argv, {
    sport: { type: 'string' },
    distance: { type: 'string' },
    time: { type: 'string' },
    json: { type: 'boolean' },
  }).values;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const values = commandFlags(argv);
  if (values.sport !== 'run' && values.sport !== 'row') {
    throw new UsageError('--sport must be run or row.');
  }
  const distanceM = Number(values.distance);
  if (values.distance === undefined || !Number.isFinite(distanceM) || distanceM <= 0) {
    throw new UsageError('--distance must be a positive number of metres, e.g. 10000.');
  }
  if (values.time === undefined) throw new UsageError('--time is required, e.g. 45:00.');
  const timeS = parseClock(values.time, '--time');
  const result =
    values.sport === 'run' ? predictRun(distanceM, timeS) : predictRow(distanceM, timeS);
  if (values.json) {
    io.out(`${JSON.stringify(result)}\n`);
    return 0;
  }
  if ('vdot' in result) {
    const lines = result.predictions.map(
      (p) =>
        `${label('run', p.distanceM).padEnd(14)} Riegel ${formatClock(p.riegelS)}   VDOT ${formatClock(p.vdotS)}`,
    );
    io.out(`VDOT ${result.vdot.toFixed(1)}\n${lines.join('\n')}\n`);
  } else {
    const lines = result.predictions.map(
      (p) =>
        `${label('row', p.distanceM).padEnd(9)} ${formatClock(p.timeS, { decimals: 1 })}   ${formatClock(p.splitS500m, { decimals: 1 })} /500 m`,
    );
    io.out(`Paul's law\n${lines.join('\n')}\n`);
  }
  return 0;
}
