'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { useFollowValue } from '@/components/ui/use-follow-value';

/**
 * A number field that saves when the value is valid and leaves the stored value alone while the
 * athlete is mid-typing; an emptied field clears the value.
 */
export function NumberEntry({
  label,
  value,
  min,
  max,
  step,
  onSave,
  hint,
}: {
  label: string;
  value: number | null;
  min: number;
  max: number;
  step?: number;
  onSave: (value: number | null) => void;
  hint?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const ref = useFollowValue<HTMLInputElement>(value === null ? '' : String(value));
  return (
    <Field
      ref={ref}
      label={label}
      hint={hint}
      error={error}
      type="number"
      inputMode="decimal"
      min={min}
      max={max}
      step={step ?? 1}
      defaultValue={value ?? ''}
      onChange={(e) => {
        const text = e.currentTarget.value;
        if (text === '') {
          setError(null);
          onSave(null);
          return;
        }
        const number = e.currentTarget.valueAsNumber;
        if (Number.isFinite(number) && number >= min && number <= max) {
          setError(null);
          onSave(number);
        } else {
          setError(`Enter a number from ${min} to ${max}.`);
        }
      }}
    />
  );
}
