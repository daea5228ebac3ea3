import type { SampleRow } from '../../activity/stream-builder.ts';
import type { ImportNote } from '../../activity/types.ts';
import { importFailure, type ImportFailure } from '../import-error.ts';
import type { RawLeg } from '../raw-leg.ts';
import { cleanName, xmlFailure, xmlNumber, xmlTimeS } from '../xml/xml-values.ts';
import { CLOSE, END, OPEN, XmlScanner } from '../xml/xml-scanner.ts';
import { finishLeg, isRowingApp, newLap, newLeg, type TcxLap, type TcxLeg } from './tcx-leg.ts';

/**
 * Garmin Training Center Database v2 (garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd): every
 * <Activity>, and a <MultiSportSession>'s FirstSport / NextSport activities and Transitions as
 * the legs of one multisport event. Speed, watts and run cadence come from ActivityExtension v2
 * "TPX"; RunCadence counts one foot, so it is doubled into steps per minute, while <Cadence> is
 * already per minute (bike, erg). A second <Track> inside one lap follows a timer stop.
 */
export type TcxRead = { ok: true; legs: RawLeg[] } | ImportFailure;

type State = {
  leg: TcxLeg | null;
  lap: TcxLap | null;
  row: SampleRow;
  tracksInLap: number;
  breakNext: boolean;
  legs: TcxLeg[];
  inMultisport: boolean;
  multisportId: string | null;
  plans: boolean;
  author: string | null;
  crewNerd: boolean;
};

function onOpen(s: XmlScanner, st: State): void {
  switch (s.name) {
    case 'Trackpoint':
      st.row = { timeS: NaN };
      break;
    case 'Activity':
      st.leg = newLeg(s.attr('Sport'), false, st.inMultisport);
      st.legs.push(st.leg);
      break;
    case 'Transition':
      st.leg = newLeg('transition', true, st.inMultisport);
      st.legs.push(st.leg);
      st.lap = newLap(xmlTimeS(s.attr('StartTime')));
      st.tracksInLap = 0;
      break;
    case 'Lap':
      st.lap = newLap(xmlTimeS(s.attr('StartTime')));
      st.tracksInLap = 0;
      break;
    case 'Track':
      if (++st.tracksInLap > 1) st.breakNext = true;
      break;
    case 'MultiSportSession':
      st.inMultisport = true;
      break;
    case 'Courses':
    case 'Workouts':
      st.plans = true;
  }
}

function closeTrackpoint(st: State): void {
  const leg = st.leg;
  if (!leg || !Number.isFinite(st.row.timeS)) return;
  if (st.breakNext) leg.breaksS.push(st.row.timeS);
  st.breakNext = false;
  leg.builder.push(st.row);
}

/** Values of a trackpoint, by element and parent. */
function pointValue(s: XmlScanner, parent: string | undefined, row: SampleRow): boolean {
  const name = s.name;
  if (parent === 'Trackpoint') {
    if (name === 'Time') row.timeS = xmlTimeS(s.textContent());
    else if (name === 'AltitudeMeters') row.altitudeM = xmlNumber(s.textContent());
    else if (name === 'DistanceMeters') row.distanceM = xmlNumber(s.textContent());
    else if (name === 'Cadence') row.cadence ??= xmlNumber(s.textContent());
    else return false;
  } else if (parent === 'Position') {
    if (name === 'LatitudeDegrees') row.latitudeDeg = xmlNumber(s.textContent());
    else if (name === 'LongitudeDegrees') row.longitudeDeg = xmlNumber(s.textContent());
  } else if (parent === 'HeartRateBpm' && name === 'Value') {
    row.heartRateBpm = xmlNumber(s.textContent());
  } else if (parent === 'TPX') {
    const value = xmlNumber(s.textContent());
    if (name === 'Speed') row.speedMps = value;
    else if (name === 'Watts') row.powerW = value;
    else if (name === 'RunCadence') row.cadence = value === undefined ? undefined : value * 2;
  } else return false;
  return true;
}

function lapValue(
  s: XmlScanner,
  parent: string | undefined,
  grand: string | undefined,
  lap: TcxLap,
) {
  const lapLevel = parent === 'Lap' || parent === 'Transition';
  const name = s.name;
  if (lapLevel && name === 'TotalTimeSeconds') lap.elapsedS = xmlNumber(s.textContent()) ?? 0;
  else if (lapLevel && name === 'DistanceMeters')
    lap.distanceM = xmlNumber(s.textContent()) ?? null;
  else if (lapLevel && name === 'Calories') lap.calories = xmlNumber(s.textContent()) ?? null;
  else if (name === 'Value' && grand !== 'Trackpoint') {
    if (parent === 'AverageHeartRateBpm') lap.avgHr = xmlNumber(s.textContent()) ?? null;
    if (parent === 'MaximumHeartRateBpm') lap.maxHr = xmlNumber(s.textContent()) ?? null;
  }
}

function onClose(s: XmlScanner, path: string[], st: State): void {
  const parent = path[path.length - 1];
  const grand = path[path.length - 2];
  const name = s.name;
  if (name === 'Trackpoint') return closeTrackpoint(st);
  if (pointValue(s, parent, st.row)) return;
  if (name === 'Check' || name === 'Bounce') st.crewNerd = true;
  else if ((name === 'Lap' || name === 'Transition') && st.lap && st.leg) {
    if (Number.isFinite(st.lap.startS)) st.leg.laps.push(st.lap);
    st.lap = null;
  } else if (st.lap) lapValue(s, parent, grand, st.lap);
  else if (name === 'Name' && parent === 'Creator' && st.leg)
    st.leg.creator = s.textContent().trim();
  else if (name === 'Name' && parent === 'Author') st.author = s.textContent().trim();
  else if (name === 'Notes' && parent === 'Activity' && st.leg)
    st.leg.name ??= cleanName(s.textContent());
  else if (name === 'Id' && parent === 'MultiSportSession')
    st.multisportId = s.textContent().trim();
}

function scan(text: string): { st: State; scanner: XmlScanner } {
  const scanner = new XmlScanner(text);
  const st: State = {
    leg: null,
    lap: null,
    row: { timeS: NaN },
    tracksInLap: 0,
    breakNext: false,
    legs: [],
    inMultisport: false,
    multisportId: null,
    plans: false,
    author: null,
    crewNerd: false,
  };
  const path: string[] = [];
  for (let event = scanner.next(); event !== END; event = scanner.next()) {
    if (event === OPEN) {
      onOpen(scanner, st);
      path.push(scanner.name);
    } else if (event === CLOSE) {
      path.pop();
      onClose(scanner, path, st);
    }
  }
  return { st, scanner };
}

export function readTcx(text: string): TcxRead {
  const { st, scanner } = scan(text);
  const rowing = st.crewNerd || isRowingApp(st.author);
  const grouped = st.legs.filter((leg) => leg.inMultisport);
  const groupId = `multisport-${st.multisportId ?? 'tcx'}`;
  const legs = st.legs.flatMap((leg) => {
    const index = grouped.indexOf(leg);
    const multisport = index >= 0 ? { groupId, index, count: grouped.length } : null;
    return finishLeg(leg, rowing, multisport) ?? [];
  });
  const points = legs.reduce((n, leg) => n + leg.streams.timeS.length, 0);
  if (scanner.problem) {
    if (scanner.problem.type === 'Corrupt' || points === 0)
      return xmlFailure('TCX', scanner.problem);
    const note: ImportNote = {
      type: 'FileCutShort',
      count: points,
      message: `This TCX file ends before it is complete (probably cut off while copying); the ${points} trackpoints before the cut were read.`,
    };
    legs[0]!.notes.push(note);
  }
  if (legs.length > 0) return { ok: true, legs };
  if (st.legs.length > 0)
    return importFailure('NotAnActivity', 'This TCX activity has no recorded samples to analyze.');
  return importFailure(
    'NotAnActivity',
    st.plans
      ? 'This TCX file holds a course or a workout plan, not a recorded activity.'
      : 'This TCX file has no activity in it.',
  );
}
