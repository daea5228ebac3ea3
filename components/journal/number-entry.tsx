'use client';

import { CheckedEntry } from '@/components/ui/checked-entry';

/**
 * A number field that saves when the value is valid and leaves the stored value alone while the
 * athlete is mid-typing; an emptied field clears the value. `whole` stores whole numbers (beats per
 * minute), rounding what was typed.
 */
export function NumberEntry({
  label,
  value,
  min,
  max,
  step,
  whole = false,
  onSave,
  hint,
}: {
  label: string;
  value: number | null;
  min: number;
  max: number;
  step?: number;
  whole?: boolean;
  onSave: (value: number | null) => void;
  hint?: string;
}) {
  return (
    <CheckedEntry
      label={label}
      hint={hint}
      type="number"
      inputMode="decimal"
      min={min}
      max={max}
      step={step ?? 1}
      storedText={value === null ? '' : String(value)}
      saveOn="change"
      read={(input) => {
        const number = input.valueAsNumber;
        return Number.isFinite(number) && number >= min && number <= max
          ? { value: whole ? Math.round(number) : number }
          : { error: `Enter a number from ${min} to ${max}.` };
      }}
      onSave={onSave}
    />
  );
}
