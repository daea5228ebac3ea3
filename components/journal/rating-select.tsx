import { useId } from 'react';
import { ControlFrame, describedBy } from '@/components/ui/control-frame';

const labels = ['1 — very low', '2 — low', '3 — okay', '4 — good', '5 — very high'];

/** A 1–5 rating as a native select (keyboard and screen-reader friendly); empty means not logged. */
export function RatingSelect({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
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
        {labels.map((text, i) => (
          <option key={text} value={i + 1}>
            {text}
          </option>
        ))}
      </select>
    </ControlFrame>
  );
}
