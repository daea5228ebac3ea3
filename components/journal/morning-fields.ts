import type { JournalDayField } from '@/lib/store/journal-schema';

/** One field of the morning check-in, in the order the form shows them. */
export type MorningField =
  | {
      kind: 'number';
      field: Extract<JournalDayField, 'sleepHours' | 'rmssdMs' | 'restingHrBpm'>;
      label: string;
      min: number;
      max: number;
      step?: number;
      /** Stored as a whole number (beats per minute). */
      whole?: boolean;
      hint?: string;
    }
  | {
      kind: 'rating';
      field: Extract<JournalDayField, 'sleepQuality' | 'soreness' | 'mood' | 'stress'>;
      label: string;
      /** What 1 to 5 mean for this field: a higher number is not always better. */
      options: readonly [string, string, string, string, string];
      hint?: string;
    };

const BETTER_HIGHER = ['1 — poor', '2 — fair', '3 — okay', '4 — good', '5 — great'] as const;

export const MORNING_FIELDS: readonly MorningField[] = [
  { kind: 'number', field: 'sleepHours', label: 'Sleep (hours)', min: 0, max: 24, step: 0.25 },
  { kind: 'rating', field: 'sleepQuality', label: 'Sleep quality', options: BETTER_HIGHER },
  {
    kind: 'number',
    field: 'rmssdMs',
    label: 'HRV, rMSSD (ms)',
    min: 1,
    max: 400,
    hint: 'Morning reading from your strap or watch app.',
  },
  {
    kind: 'number',
    field: 'restingHrBpm',
    label: 'Resting heart rate (bpm)',
    min: 25,
    max: 150,
    whole: true,
  },
  {
    kind: 'rating',
    field: 'soreness',
    label: 'Muscle soreness',
    options: ['1 — none', '2 — a little', '3 — some', '4 — sore', '5 — very sore'],
  },
  { kind: 'rating', field: 'mood', label: 'Mood', options: BETTER_HIGHER },
  {
    kind: 'rating',
    field: 'stress',
    label: 'Stress',
    options: ['1 — calm', '2 — a little', '3 — some', '4 — stressed', '5 — very stressed'],
  },
];
