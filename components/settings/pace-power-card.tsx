'use client';

import { Card } from '@/components/ui/card';
import { paceInputToSPerKm, paceSPerKmToUnits } from '@/lib/format/units';
import { useProfile } from '@/lib/store/use-profile';
import { TimeEntry } from './time-entry';

/** Threshold pace in the athlete's units, and the bests plans take their paces and splits from. */
export function PacePowerCard() {
  const { profile, setField } = useProfile();
  const paceUnit = profile.units === 'imperial' ? 'mile' : 'km';
  const threshold =
    profile.thresholdPaceSPerKm === null
      ? null
      : paceSPerKmToUnits(profile.thresholdPaceSPerKm, profile.units);
  return (
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
            setField('thresholdPaceSPerKm', s === null ? null : paceInputToSPerKm(s, profile.units))
          }
        />
        <TimeEntry
          label="Best 5 km run"
          valueS={profile.best5kS}
          minS={600}
          maxS={3600}
          hint="A recent 5 km; plans take their running paces from it."
          onSave={(s) => setField('best5kS', s)}
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
  );
}
