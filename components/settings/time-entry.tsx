'use client';

import { CheckedEntry } from '@/components/ui/checked-entry';
import { parseDuration } from '@/lib/format/units';
import { formatClock } from '@/engine/units/clock';

/** A "m:ss" time field; saves seconds when it reads as a time in range, clears when emptied. */
export function TimeEntry({
  label,
  valueS,
  minS,
  maxS,
  hint,
  onSave,
}: {
  label: string;
  valueS: number | null;
  minS: number;
  maxS: number;
  hint: string;
  onSave: (seconds: number | null) => void;
}) {
  return (
    <CheckedEntry
      label={label}
      hint={hint}
      type="text"
      inputMode="numeric"
      placeholder="m:ss"
      storedText={valueS === null ? '' : formatClock(valueS)}
      saveOn="blur"
      read={(input) => {
        const seconds = parseDuration(input.value.trim());
        return seconds === null || seconds < minS || seconds > maxS
          ? { error: `Enter a time like ${formatClock((minS + maxS) / 2)} (m:ss).` }
          : { value: seconds };
      }}
      onSave={onSave}
    />
  );
}
