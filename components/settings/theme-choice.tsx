'use client';

import { useThemeChoice, type ThemeChoice } from '@/lib/preferences/theme';

const choices: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Match this device' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark, or whatever the device is set to; kept on this device only. */
export function ThemeChoiceField() {
  const [choice, setChoice] = useThemeChoice();
  return (
    <fieldset>
      <legend className="text-sm font-medium">Appearance</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {choices.map(({ value, label }) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="radio"
              name="theme"
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
