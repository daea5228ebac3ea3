import { parseFlags } from '../flags.ts';
import { DECODERS, findDecoder } from '../../engine/protocols/registry.ts';
import { bytesFromHex, hexFromBytes, InvalidHexError } from '../../engine/protocols/hex.ts';
import { viewOf } from '../../engine/protocols/bytes.ts';
import {
  durationTypeName,
  durationUnit,
  intervalTypeName,
  rowingStateName,
  strokeStateName,
  workoutStateName,
  workoutTypeName,
} from '../../engine/protocols/pm5/enums.ts';
import { UsageError, type CliIo } from '../io.ts';
import { formatClock } from '../clock.ts';

// Longest suffix first, so "PaceS500m" wins over "M" and "Mps" over "S".
const UNITS: Array<[RegExp, string]> = [
  [/S500m$/, 's/500 m'],
  [/MinPerKm$/, 'min/km'],
  [/CaloriesPerHour$/, 'cal/h'],
  [/PerHourKcal$/, 'kcal/h'],
  [/PerMinuteKcal$/, 'kcal/min'],
  [/Mps$/, 'm/s'],
  [/Nm$/, 'N·m'],
  [/Bytes$/, 'B'],
  [/Kmh$/, 'km/h'],
  [/Spm$/, 'spm'],
  [/Bpm$/, 'bpm'],
  [/Rpm$/, 'rpm'],
  [/Kcal$/, 'kcal'],
  [/Kj$/, 'kJ'],
  [/Lbs$/, 'lbf'],
  [/Pct$/, '%'],
  [/Deg$/, '°'],
  [/Ms$/, 'ms'],
  [/[a-z]S$/, 's'],
  [/[a-z]M$/, 'm'],
  [/[a-z]W$/, 'W'],
  [/[a-z]J$/, 'J'],
  [/[a-z]N$/, 'N'],
];

const ENUM_NAMES: Record<string, (v: number) => string> = {
  workoutType: workoutTypeName,
  intervalType: intervalTypeName,
  splitIntervalType: intervalTypeName,
  workoutState: workoutStateName,
  rowingState: rowingStateName,
  strokeState: strokeStateName,
  workoutDurationType: durationTypeName,
};

function describeValue(key: string, value: unknown): string {
  if (value === null) return 'not available';
  if (value instanceof Uint8Array) return hexFromBytes(value, ' ');
  if (Array.isArray(value)) {
    const unit = UNITS.find(([pattern]) => pattern.test(key))?.[1];
    const items = value.map((v) => (typeof v === 'number' ? round(v) : String(v)));
    return `[${items.join(', ')}]${unit ? ` ${unit}` : ''}`;
  }
  if (typeof value !== 'number') return String(value);
  const named = ENUM_NAMES[key];
  if (named) return `${value} (${named(value)})`;
  const unit = UNITS.find(([pattern]) => pattern.test(key))?.[1];
  if (unit === 's/500 m' && value > 0) return `${formatClock(value, { decimals: 2 })} /500 m`;
  return unit ? `${round(value)} ${unit}` : String(round(value));
}

const round = (v: number): string => String(Math.round(v * 1000) / 1000);

function listing(value: object, indent = ''): string[] {
  const entries = Object.entries(value);
  const width = Math.max(...entries.map(([k]) => k.length));
  const durationType = (value as { workoutDurationType?: unknown }).workoutDurationType;
  return entries.flatMap(([key, v]) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array)) {
      return [`${indent}${key}:`, ...listing(v, `${indent}  `)];
    }
    const text =
      key === 'workoutDuration' && typeof durationType === 'number'
        ? `${round(Number(v))} ${durationUnit(durationType)}`
        : describeValue(key, v);
    return [`${indent}${key.padEnd(width)}  ${text}`];
  });
}

const jsonReplacer = (_key: string, v: unknown): unknown =>
  v instanceof Uint8Array ? hexFromBytes(v) : v;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { json: { type: 'boolean' } },
    { positionals: true },
  );
  const [name, ...hexParts] = positionals;
  if (!name || hexParts.length === 0) {
    throw new UsageError('give a characteristic and its bytes: decode NAME HEX [--json].');
  }
  const entry = findDecoder(name);
  if (!entry) {
    throw new UsageError(
      `unknown characteristic "${name}": use a UUID or one of ${DECODERS.map((d) => d.name).join(', ')}.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = bytesFromHex(hexParts.join(' '));
  } catch (error) {
    if (error instanceof InvalidHexError) throw new UsageError(error.message);
    throw error;
  }
  const decoded = entry.decode(viewOf(bytes));
  if (values.json) {
    io.out(`${JSON.stringify(decoded, jsonReplacer)}\n`);
  } else {
    io.out(`${entry.title} (${bytes.length} bytes)\n${listing(decoded, '  ').join('\n')}\n`);
  }
  return 0;
}
