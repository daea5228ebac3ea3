import type { Activity } from '../activity/types.ts';
import { cadenceScale } from '../formats/stride-cadence.ts';
import { exportFailure, type ExportResult } from './export-format.ts';
import {
  decimal,
  exportPauses,
  finite,
  lapSpans,
  pausedWithinS,
  type LapSpan,
} from './export-samples.ts';
import { element, xmlText } from './xml-text.ts';

const TCX_NS = 'http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2';
const AX_NS = 'http://www.garmin.com/xmlschemas/ActivityExtension/v2';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** TCX knows three sports (Sport_t); everything but running and cycling is "Other". */
function tcxSport(sport: string): 'Running' | 'Biking' | 'Other' {
  if (sport === 'running') return 'Running';
  if (sport === 'cycling') return 'Biking';
  return 'Other';
}

const optional = (value: number | undefined, digits: number) =>
  value === undefined ? undefined : decimal(value, digits);

const isoAt = (startMs: number, offsetS: number) =>
  new Date(startMs + offsetS * 1000).toISOString();

function trackPoint(activity: Activity, i: number, startMs: number): string {
  const s = activity.streams;
  const lat = finite(s.latitudeDeg[i]);
  const lon = finite(s.longitudeDeg[i]);
  const position =
    lat !== undefined && lon !== undefined
      ? `<Position><LatitudeDegrees>${decimal(lat, 8)}</LatitudeDegrees><LongitudeDegrees>${decimal(lon, 8)}</LongitudeDegrees></Position>`
      : '';
  const hr = finite(Math.round(s.heartRateBpm[i]!));
  // Cadence and RunCadence are unsignedByte; RunCadence counts one foot.
  const foot = cadenceScale(activity.sport) === 2;
  const cadence = finite(Math.round(s.cadence[i]! / cadenceScale(activity.sport)));
  const tpx =
    element('ns3:Speed', optional(finite(s.speedMps[i]), 3)) +
    element('ns3:RunCadence', foot ? optional(cadence, 0) : undefined) +
    element('ns3:Watts', optional(finite(Math.round(s.powerW[i]!)), 0));
  return (
    `<Trackpoint><Time>${isoAt(startMs, s.timeS[i]!)}</Time>${position}` +
    element('AltitudeMeters', optional(finite(s.altitudeM[i]), 2)) +
    element('DistanceMeters', optional(finite(s.distanceM[i]), 3)) +
    (hr === undefined ? '' : `<HeartRateBpm><Value>${hr}</Value></HeartRateBpm>`) +
    element('Cadence', foot ? undefined : optional(cadence, 0)) +
    (tpx ? `<Extensions><ns3:TPX>${tpx}</ns3:TPX></Extensions>` : '') +
    '</Trackpoint>'
  );
}

function lapXml(activity: Activity, span: LapSpan, startMs: number): string {
  const d = activity.streams.distanceM;
  const before = span.first === 0 ? 0 : d[span.first - 1]!;
  const distance = finite(d[span.last]! - before) ?? 0;
  const elapsed = span.endOffsetS - span.startOffsetS;
  const timer = elapsed - pausedWithinS(exportPauses(activity), span.startOffsetS, span.endOffsetS);
  const points: string[] = [];
  for (let i = span.first; i <= span.last; i++) points.push(trackPoint(activity, i, startMs));
  return (
    `<Lap StartTime="${isoAt(startMs, span.startOffsetS)}">` +
    `<TotalTimeSeconds>${decimal(Math.max(0, timer), 3)}</TotalTimeSeconds>` +
    `<DistanceMeters>${decimal(distance, 3)}</DistanceMeters><Calories>0</Calories>` +
    `<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod>` +
    `<Track>\n${points.join('\n')}\n</Track></Lap>`
  );
}

/**
 * The activity as a Garmin Training Center Database v2 file (TrainingCenterDatabasev2.xsd): one
 * Lap element per lap, each trackpoint with position, altitude, distance, heart rate and cadence,
 * and speed, run cadence and watts in the ActivityExtension v2 TPX element.
 */
export function writeTcxActivity(activity: Activity): ExportResult {
  if (activity.streams.timeS.length === 0) {
    return exportFailure('NoSamples', 'This activity has no samples to export.');
  }
  const startMs = Date.parse(activity.startTime);
  const laps = lapSpans(activity).map((span) => lapXml(activity, span, startMs));
  const creator =
    `<Creator xsi:type="Device_t"><Name>${xmlText(activity.device ?? 'Splits')}</Name>` +
    '<UnitId>0</UnitId><ProductID>0</ProductID>' +
    '<Version><VersionMajor>0</VersionMajor><VersionMinor>0</VersionMinor></Version></Creator>';
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<TrainingCenterDatabase xmlns="${TCX_NS}" xmlns:ns3="${AX_NS}" xmlns:xsi="${XSI_NS}">`,
    `<Activities><Activity Sport="${tcxSport(activity.sport)}"><Id>${isoAt(startMs, 0)}</Id>`,
    ...laps,
    `${creator}</Activity></Activities>`,
    '</TrainingCenterDatabase>',
    '',
  ].join('\n');
  return { ok: true, bytes: new TextEncoder().encode(xml) };
}
