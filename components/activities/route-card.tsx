import { Card } from '@/components/ui/card';
import { ElevationChart } from '@/components/charts/elevation-chart';
import { RouteMap } from '@/components/charts/route-map';
import type { Domain } from '@/components/charts/scale';
import type { ActivityStreams } from '@/engine/activity/types';
import { hasAny } from '@/engine/analysis/stream-stats';
import { formatDistance } from '@/lib/format/units';
import type { Units } from '@/lib/store/profile-schema';

/** The route from the GPS points and the elevation profile: only for activities that have them. */
export function RouteCard({
  streams,
  sport,
  units,
  distanceM,
  zoom,
}: {
  streams: ActivityStreams;
  sport: string;
  units: Units;
  distanceM: number;
  zoom: Domain | null;
}) {
  const gps = hasAny(streams.latitudeDeg) && hasAny(streams.longitudeDeg);
  const altitude = hasAny(streams.altitudeM) && hasAny(streams.distanceM);
  if (!gps && !altitude) return null;
  return (
    <Card title={gps ? 'Route and elevation' : 'Elevation'}>
      <div className="grid gap-3">
        {gps ? (
          <RouteMap
            timeS={streams.timeS}
            latitudeDeg={streams.latitudeDeg}
            longitudeDeg={streams.longitudeDeg}
            highlight={zoom}
            label={`Route map, ${formatDistance(distanceM, units, sport)}, drawn from the activity's GPS points. The dot marks the start and the square the finish.`}
          />
        ) : null}
        {altitude ? <ElevationChart streams={streams} units={units} /> : null}
        {gps ? (
          <p className="text-xs text-slate-600 dark:text-slate-300">
            Drawn on this device from the recorded positions; no map is downloaded. A range you zoom
            into on the charts is marked in amber.
          </p>
        ) : null}
      </div>
    </Card>
  );
}
