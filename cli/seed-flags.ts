import type { FitnessSeed } from '../engine/fitness/fitness-seed.ts';
import { UsageError } from './io.ts';

/** `--ctl` and `--atl`: where fitness and fatigue start; one alone starts both there. */
export const seedOptions = { ctl: { type: 'string' }, atl: { type: 'string' } } as const;

function points(text: string | undefined, flag: string): number | null {
  if (text === undefined) return null;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 500)
    throw new UsageError(`${flag} must be a number of load points from 0 to 500, like 45.`);
  return n;
}

export function seedFromFlags(values: { ctl?: string; atl?: string }): FitnessSeed | null {
  const ctl = points(values.ctl, '--ctl');
  const atl = points(values.atl, '--atl');
  if (ctl === null && atl === null) return null;
  return { ctl: ctl ?? atl!, atl: atl ?? ctl! };
}
