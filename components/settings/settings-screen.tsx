'use client';

import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { useProfile } from '@/lib/store/use-profile';
import { NumberEntry } from '@/components/journal/number-entry';
import { Field } from '@/components/ui/field';
import { useFollowValue } from '@/components/ui/use-follow-value';
import { PacePowerCard } from './pace-power-card';
import { SharingCard } from '@/components/sharing/sharing-card';
import { StoragePanel } from './storage-panel';
import { ThemeChoiceField } from './theme-choice';
import { WeekStartField } from './week-start-field';
import { YourDataCard } from './your-data-card';

const HEART_RATE_FIELDS = [
  { field: 'maxHrBpm', label: 'Max heart rate (bpm)', min: 100, max: 240 },
  { field: 'restHrBpm', label: 'Resting heart rate (bpm)', min: 25, max: 120 },
  {
    field: 'lthrBpm',
    label: 'Threshold heart rate (bpm)',
    min: 80,
    max: 230,
    hint: 'Roughly your average over a hard 30-minute effort.',
  },
] as const;

/** The page's heading at once (it is in the page as served); the cards once the profile has loaded. */
export function SettingsScreen() {
  const { ready } = useProfile();
  return (
    <div>
      <PageHeader title="Settings">Your numbers make the analysis yours. All optional.</PageHeader>
      {ready ? <SettingsCards /> : <p role="status">Loading your settings…</p>}
    </div>
  );
}

function SettingsCards() {
  const { profile, setField } = useProfile();
  const nameRef = useFollowValue<HTMLInputElement>(profile.name);
  return (
    <div className="grid gap-4">
      <Card title="You">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            ref={nameRef}
            label="Name"
            defaultValue={profile.name}
            maxLength={200}
            onChange={(e) => setField('name', e.currentTarget.value)}
          />
          <fieldset>
            <legend className="text-sm font-medium">Units</legend>
            <div className="mt-1 flex gap-4">
              {(['metric', 'imperial'] as const).map((units) => (
                <label key={units} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="units"
                    value={units}
                    checked={profile.units === units}
                    onChange={() => setField('units', units)}
                  />
                  {units === 'metric' ? 'Metric (km, m)' : 'Imperial (mi, ft)'}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="text-sm font-medium">Sex (for TRIMP)</legend>
            <select
              aria-label="Sex (for TRIMP)"
              value={profile.sex}
              onChange={(e) =>
                setField('sex', e.currentTarget.value as 'female' | 'male' | 'unspecified')
              }
              className="mt-1 rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
            >
              <option value="unspecified">Prefer not to say</option>
              <option value="female">Female</option>
              <option value="male">Male</option>
            </select>
          </fieldset>
          <ThemeChoiceField />
          <WeekStartField />
        </div>
      </Card>
      <Card title="Heart rate">
        <div className="grid gap-3 sm:grid-cols-3">
          {HEART_RATE_FIELDS.map(({ field, ...props }) => (
            <NumberEntry
              key={field}
              {...props}
              value={profile[field]}
              whole
              onSave={(v) => setField(field, v)}
            />
          ))}
        </div>
      </Card>
      <PacePowerCard />
      <SharingCard />
      <YourDataCard />
      <StoragePanel />
    </div>
  );
}
