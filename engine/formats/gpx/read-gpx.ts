import { createStreamBuilder, type SampleRow } from '../../activity/stream-builder.ts';
import { sportFromLabel } from '../../activity/sport.ts';
import type { ImportNote } from '../../activity/types.ts';
import { importFailure, type ImportFailure } from '../import-error.ts';
import type { RawLeg } from '../raw-leg.ts';
import { cadenceScale } from '../stride-cadence.ts';
import { cleanName, xmlFailure, xmlNumber, xmlTimeS } from '../xml/xml-values.ts';
import { CLOSE, END, OPEN, XmlScanner } from '../xml/xml-scanner.ts';

/**
 * GPX 1.1 (topografix.com/GPX/1/1) track points, with heart rate, cadence, speed and power from
 * Garmin's TrackPointExtension v1/v2 (<hr> in bpm, <cad> in revolutions — one foot — per minute)
 * and the common unprefixed variants (<heartrate>, <cadence>, <power>). Each track segment after
 * the first, and each track after the first, starts after a break: the receiver was off or had
 * lost the signal (GPX 1.1, "trksegType"), so the straight line across is not distance.
 */
export type GpxRead = { ok: true; legs: RawLeg[] } | ImportFailure;

/** An extension value of a track point, by element name. */
function extensionValue(name: string, row: SampleRow, value: () => number | undefined): void {
  switch (name) {
    case 'hr':
    case 'heartrate':
      row.heartRateBpm = value();
      break;
    case 'cad':
    case 'cadence':
      row.cadence = value();
      break;
    case 'power':
    case 'watts':
      row.powerW = value();
      break;
    case 'speed':
      row.speedMps = value();
  }
}

type State = {
  row: SampleRow;
  inPoint: boolean;
  breakNext: boolean;
  breaksS: number[];
  sportLabel: string | undefined;
  tracks: number;
  routes: number;
  creator: string | null;
  /** `<trk><name>` wins over `<metadata><name>`: it names this recording, not the file. */
  trackName: string | null;
  metadataName: string | null;
};

function onClose(scanner: XmlScanner, parent: string | undefined, state: State, push: () => void) {
  const name = scanner.name;
  if (name === 'trkpt') {
    push();
    state.inPoint = false;
  } else if (state.inPoint) {
    if (name === 'time' && parent === 'trkpt') state.row.timeS = xmlTimeS(scanner.textContent());
    else if (name === 'ele' && parent === 'trkpt')
      state.row.altitudeM = xmlNumber(scanner.textContent());
    else if (parent !== 'trkpt')
      extensionValue(name, state.row, () => xmlNumber(scanner.textContent()));
  } else if (name === 'type' && parent === 'trk' && state.sportLabel === undefined) {
    state.sportLabel = scanner.textContent();
  } else if (name === 'name' && parent === 'trk') {
    state.trackName ??= cleanName(scanner.textContent());
  } else if (name === 'name' && parent === 'metadata') {
    state.metadataName ??= cleanName(scanner.textContent());
  }
}

function onOpen(scanner: XmlScanner, state: State, pointsSoFar: number) {
  const name = scanner.name;
  if (name === 'trkpt') {
    state.inPoint = true;
    state.row = {
      timeS: NaN,
      latitudeDeg: xmlNumber(scanner.attr('lat')),
      longitudeDeg: xmlNumber(scanner.attr('lon')),
    };
  } else if (name === 'trkseg' && pointsSoFar > 0) state.breakNext = true;
  else if (name === 'trk') state.tracks++;
  else if (name === 'rte') state.routes++;
  else if (name === 'gpx') state.creator = scanner.attr('creator')?.trim() || null;
}

export function readGpx(text: string): GpxRead {
  const scanner = new XmlScanner(text);
  const builder = createStreamBuilder(Math.max(64, text.length >> 8));
  const state: State = {
    row: { timeS: NaN },
    inPoint: false,
    breakNext: false,
    breaksS: [],
    sportLabel: undefined,
    tracks: 0,
    routes: 0,
    creator: null,
    trackName: null,
    metadataName: null,
  };
  const path: string[] = [];
  const push = () => {
    if (!Number.isFinite(state.row.timeS)) return;
    if (state.breakNext) state.breaksS.push(state.row.timeS);
    state.breakNext = false;
    builder.push(state.row);
  };
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    if (event === OPEN) {
      onOpen(scanner, state, builder.length);
      path.push(scanner.name);
    } else if (event === CLOSE) {
      path.pop();
      onClose(scanner, path[path.length - 1], state, push);
    }
  }
  const notes: ImportNote[] = [];
  if (scanner.problem) {
    if (scanner.problem.type === 'Corrupt' || builder.length === 0)
      return xmlFailure('GPX', scanner.problem);
    notes.push({
      type: 'FileCutShort',
      count: builder.length,
      message: `This GPX file ends before it is complete (probably cut off while copying); the ${builder.length} points before the cut were read.`,
    });
  }
  if (builder.length === 0) {
    return importFailure(
      'NotAnActivity',
      state.tracks > 0 || state.routes > 0
        ? 'This GPX file has a route but no times, so it is a planned course rather than a recorded activity.'
        : 'This GPX file has no track points to analyze.',
    );
  }
  const sport = sportFromLabel(state.sportLabel);
  const streams = builder.build();
  const scale = cadenceScale(sport);
  if (scale !== 1)
    for (let i = 0; i < streams.cadence.length; i++)
      streams.cadence[i] = streams.cadence[i]! * scale;
  const leg: RawLeg = {
    sport,
    subSport: null,
    source: 'gpx',
    device: state.creator,
    declaredStartS: null,
    streams,
    breaksS: state.breaksS,
    timerPauses: null,
    laps: [],
    swim: null,
    deviceTotals: null,
    rrIntervalsMs: null,
    notes,
    multisport: null,
    name: state.trackName ?? state.metadataName,
  };
  return { ok: true, legs: [leg] };
}
