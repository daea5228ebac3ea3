'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { useFollowValue } from '@/components/ui/use-follow-value';
import { formatDuration, parseDuration } from '@/lib/format/units';

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
  const [error, setError] = useState<string | null>(null);
  const ref = useFollowValue<HTMLInputElement>(valueS === null ? '' : formatDuration(valueS));
  return (
    <Field
      ref={ref}
      label={label}
      hint={hint}
      error={error}
      type="text"
      inputMode="numeric"
      placeholder="m:ss"
      defaultValue={valueS === null ? '' : formatDuration(valueS)}
      onBlur={(e) => {
        const text = e.currentTarget.value.trim();
        if (text === '') {
          setError(null);
          onSave(null);
          return;
        }
        const seconds = parseDuration(text);
        if (seconds === null || seconds < minS || seconds > maxS) {
          setError(`Enter a time like ${formatDuration((minS + maxS) / 2)} (m:ss).`);
          return;
        }
        setError(null);
        onSave(seconds);
      }}
    />
  );
}
