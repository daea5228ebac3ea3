'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useHydrated } from '@/lib/hooks/use-hydrated';
import type { StoredFuelEntry } from '@/lib/store/journal-doc';
import type { FuelEntry } from '@/lib/store/journal-schema';

function optionalNumber(form: FormData, name: string): number | null {
  const text = String(form.get(name) ?? '').trim();
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** Fuel is optional and never nagged about: a folded section the athlete opens if they want. */
export function FuelForm({
  date,
  entries,
  onAdd,
}: {
  date: string;
  entries: StoredFuelEntry[];
  onAdd: (entry: FuelEntry) => void;
}) {
  const [message, setMessage] = useState('');
  const hydrated = useHydrated();
  const today = entries.filter((e) => e.date === date);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const entry: FuelEntry = {
      date,
      carbsG: optionalNumber(form, 'carbsG'),
      fluidMl: optionalNumber(form, 'fluidMl'),
      sodiumMg: optionalNumber(form, 'sodiumMg'),
      note: String(form.get('note') ?? '').slice(0, 2000),
    };
    if (entry.carbsG === null && entry.fluidMl === null && entry.sodiumMg === null && !entry.note) {
      setMessage('Add at least one amount or a note.');
      return;
    }
    onAdd(entry);
    event.currentTarget.reset();
    setMessage('Fuel logged.');
  };
  return (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <summary className="cursor-pointer font-medium">Log today&apos;s fuel? Optional.</summary>
      <form onSubmit={submit}>
        <fieldset disabled={!hydrated} className="mt-3 grid gap-3 sm:grid-cols-2">
          <Field label="Carbohydrate (g)" name="carbsG" type="number" min={0} max={2000} />
          <Field label="Fluid (ml)" name="fluidMl" type="number" min={0} max={20000} />
          <Field label="Sodium (mg)" name="sodiumMg" type="number" min={0} max={20000} />
          <Field label="What you had" name="note" type="text" maxLength={2000} />
          <div className="flex items-center gap-3 sm:col-span-2">
            <Button type="submit">Add fuel</Button>
            <span role="status" className="text-sm">
              {message}
            </span>
          </div>
        </fieldset>
      </form>
      {today.length > 0 ? (
        <ul className="mt-3 text-sm">
          {today.map((e) => (
            <li key={e.id}>
              {[
                e.carbsG !== null ? `${e.carbsG} g carbohydrate` : null,
                e.fluidMl !== null ? `${e.fluidMl} ml fluid` : null,
                e.sodiumMg !== null ? `${e.sodiumMg} mg sodium` : null,
                e.note || null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
