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
      hint?: string;
    };

export const MORNING_FIELDS: readonly MorningField[] = [
  { kind: 'number', field: 'sleepHours', label: 'Sleep (hours)', min: 0, max: 24, step: 0.25 },
  { kind: 'rating', field: 'sleepQuality', label: 'Sleep quality' },
  {
    kind: 'number',
    field: 'rmssdMs',
    label: 'HRV, rMSSD (ms)',
    min: 1,
    max: 300,
    hint: 'Morning reading from your strap or watch app.',
  },
  {
    kind: 'number',
    field: 'restingHrBpm',
    label: 'Resting heart rate (bpm)',
    min: 25,
    max: 120,
    whole: true,
  },
  {
    kind: 'rating',
    field: 'soreness',
    label: 'Muscle soreness',
    hint: '1 is none, 5 is very sore.',
  },
  { kind: 'rating', field: 'mood', label: 'Mood' },
  { kind: 'rating', field: 'stress', label: 'Stress', hint: '1 is calm, 5 is very stressed.' },
];
