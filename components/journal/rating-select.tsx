import { useId } from 'react';
import { ControlFrame, describedBy } from '@/components/ui/control-frame';

/** A 1–5 rating as a native select (keyboard and screen-reader friendly); empty means not logged. */
export function RatingSelect({
  label,
  options,
  value,
  onChange,
  hint,
}: {
  label: string;
  /** The words for 1 to 5, so every number says what it means for this field. */
  options: readonly string[];
  value: number | null;
  onChange: (value: number | null) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <ControlFrame id={id} label={label} hint={hint}>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={describedBy(id, hint)}
        onChange={(e) =>
          onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))
        }
        className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      >
        <option value="">Not logged</option>
        {options.map((text, i) => (
          <option key={text} value={i + 1}>
            {text}
          </option>
        ))}
      </select>
    </ControlFrame>
  );
}
