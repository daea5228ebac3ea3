'use client';

import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { paceInputToSPerKm, paceSPerKmToUnits } from '@/lib/format/units';
import { useProfile } from '@/lib/store/use-profile';
import { NumberEntry } from '@/components/journal/number-entry';
import { Field } from '@/components/ui/field';
import { useFollowValue } from '@/components/ui/use-follow-value';
import { SharingCard } from '@/components/sharing/sharing-card';
import { StoragePanel } from './storage-panel';
import { ThemeChoiceField } from './theme-choice';
import { TimeEntry } from './time-entry';
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

export function SettingsScreen() {
  const { profile, ready, setField } = useProfile();
  const nameRef = useFollowValue<HTMLInputElement>(profile.name);
  if (!ready) return <p role="status">Loading your settings…</p>;
  const paceUnit = profile.units === 'imperial' ? 'mile' : 'km';
  const threshold =
    profile.thresholdPaceSPerKm === null
      ? null
      : paceSPerKmToUnits(profile.thresholdPaceSPerKm, profile.units);
  return (
    <div>
      <PageHeader title="Settings">Your numbers make the analysis yours. All optional.</PageHeader>
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
        <Card title="Pace and power">
          <div className="grid gap-3 sm:grid-cols-2">
            <TimeEntry
              key={profile.units}
              label={`Threshold pace (per ${paceUnit})`}
              valueS={threshold}
              minS={paceSPerKmToUnits(120, profile.units)}
              maxS={paceSPerKmToUnits(900, profile.units)}
              hint="The pace you could hold for about an hour."
              onSave={(s) =>
                setField(
                  'thresholdPaceSPerKm',
                  s === null ? null : paceInputToSPerKm(s, profile.units),
                )
              }
            />
            <TimeEntry
              label="Best 2,000 m on the rowing machine"
              valueS={profile.best2kS}
              minS={300}
              maxS={900}
              hint="A recent 2k; rowing splits and zones come from it."
              onSave={(s) => setField('best2kS', s)}
            />
          </div>
        </Card>
        <SharingCard />
        <YourDataCard />
        <StoragePanel />
      </div>
    </div>
  );
}
