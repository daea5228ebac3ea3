'use client';

import { useState, type InputHTMLAttributes } from 'react';
import { Field } from './field';
import { useFollowValue } from './use-follow-value';

/** What a field made of the athlete's text: a value to save, or why it cannot be saved. */
export type EntryReading<V> = { value: V } | { error: string };

/**
 * A field that saves what it reads from the athlete's text (on each change, or on leaving the
 * field), clears the value when emptied, and shows why text it cannot read is not saved. The text
 * follows the stored value as `useFollowValue` says; refused text stays until it is fixed.
 */
export function CheckedEntry<V>({
  label,
  hint,
  storedText,
  read,
  saveOn,
  onSave,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'defaultValue' | 'onChange' | 'onBlur'> & {
  label: string;
  hint?: string;
  storedText: string;
  read: (input: HTMLInputElement) => EntryReading<V>;
  saveOn: 'change' | 'blur';
  onSave: (value: V | null) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const ref = useFollowValue<HTMLInputElement>(storedText, error !== null);
  const check = (element: HTMLInputElement) => {
    if (element.value.trim() === '') {
      setError(null);
      onSave(null);
      return;
    }
    const reading = read(element);
    if ('error' in reading) {
      setError(reading.error);
      return;
    }
    setError(null);
    onSave(reading.value);
  };
  return (
    <Field
      {...input}
      ref={ref}
      label={label}
      hint={hint}
      error={error}
      defaultValue={storedText}
      onChange={saveOn === 'change' ? (e) => check(e.currentTarget) : undefined}
      onBlur={saveOn === 'blur' ? (e) => check(e.currentTarget) : undefined}
    />
  );
}
