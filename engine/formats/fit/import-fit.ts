import type { FitMessages, LapMesg, LengthMesg, RecordMesg } from '@garmin/fitsdk';
import { createStreamBuilder } from '../../activity/stream-builder.ts';
import type { ActivityStreams, ImportNote, MultisportLeg } from '../../activity/types.ts';
import type { ImportError } from '../import-error.ts';
import type { RawLap, RawLeg } from '../raw-leg.ts';
import { cadenceScale } from '../stride-cadence.ts';
import { decodeFit, type DecodedFit } from './decode-fit.ts';
import { developerFieldMap, type DeveloperFieldMap } from './fit-developer-fields.ts';
import { legWindows, partition, restartEachLeg, timerStops, type LegWindow } from './fit-legs.ts';
import { fitName } from './fit-names.ts';
import { epochS, pushRecords } from './fit-records.ts';
import {
  fillBetweenLengths,
  mergeByTime,
  poolLengthM,
  pushLengthRows,
  swimLengths,
} from './fit-swim.ts';
import { lapTotals, sessionTotals } from './fit-totals.ts';

export type FitRead = { ok: true; legs: RawLeg[] } | { ok: false; error: ImportError };

function deviceName(messages: FitMessages): string | null {
  const fileId = messages.fileIdMesgs?.[0];
  if (!fileId) return null;
  if (fileId.productName) return fileId.productName;
  const maker = typeof fileId.manufacturer === 'string' ? fileId.manufacturer : null;
  const product = typeof fileId.garminProduct === 'string' ? fileId.garminProduct : null;
  return [maker, product].filter(Boolean).join(' ') || null;
}

function toRawLaps(laps: LapMesg[]): RawLap[] {
  return laps.flatMap((lap) => {
    const startS = epochS(lap.startTime);
    if (startS === null) return [];
    return [
      {
        startS,
        elapsedS: lap.totalElapsedTime ?? 0,
        movingS: lap.totalMovingTime ?? null,
        distanceM: lap.totalDistance ?? null,
      },
    ];
  });
}

/** A Connect IQ rowing app records as a generic activity with a stroke-rate field of its own. */
const fromRowingApp = (developer: DeveloperFieldMap) =>
  developer.some((field) => field.column === 'cadence' && /stroke|spm/i.test(field.name));

/** RR intervals in ms; FIT writes 65.535 s for "no beat" and we keep only 0.2–3 s. */
function rrIntervals(parts: DecodedFit['hrv']): Float32Array | null {
  const ms = parts.flatMap((p) =>
    p.intervalsS.filter((s) => s >= 0.2 && s <= 3).map((s) => s * 1000),
  );
  return ms.length > 0 ? Float32Array.from(ms) : null;
}

/** A leg whose samples carry no time (FR910XT pool swims) keeps the device's start and end. */
function streamsFromTotals(window: LegWindow): ActivityStreams | null {
  const startS = epochS(window.session?.startTime);
  const elapsedS = window.session?.totalElapsedTime;
  if (startS === null || !(elapsedS! > 0)) return null;
  const builder = createStreamBuilder(2);
  builder.push({ timeS: startS, distanceM: 0 });
  builder.push({ timeS: startS + elapsedS!, distanceM: window.session?.totalDistance });
  return builder.build();
}

type LegInput = {
  window: LegWindow;
  records: RecordMesg[];
  lengths: LengthMesg[];
  sport: string;
  developer: DeveloperFieldMap;
};

function legStreams(input: LegInput, notes: ImportNote[]) {
  const { window, records, lengths, sport, developer } = input;
  const pool = sport === 'swimming' && lengths.length > 0 ? poolLengthM(window.session) : null;
  const read = pushRecords(records, {
    cadenceScale: cadenceScale(sport),
    developer,
    withoutDistance: pool !== null,
  });
  if (read.developerUsed.size > 0)
    notes.push({
      type: 'DeveloperFields',
      count: read.developerUsed.size,
      message: `Read from an app’s own fields (developer data): ${[...read.developerUsed].join(', ')}.`,
    });
  if (pool === null) return { streams: read.builder.build(), swim: null };
  const rawLengths = swimLengths(lengths, pool);
  const lengthRows = createStreamBuilder(2 * lengths.length);
  pushLengthRows(rawLengths, lengthRows, lengths);
  const streams = mergeByTime(lengthRows.build(), read.builder.build());
  fillBetweenLengths(streams);
  return { streams, swim: { poolLengthM: pool, lengths: rawLengths } };
}

function readLegs(decoded: DecodedFit): RawLeg[] {
  const { messages } = decoded;
  const windows = legWindows(messages);
  const at = (item: { timestamp?: unknown }) => epochS(item.timestamp);
  const starting = (item: { startTime?: unknown }) => epochS(item.startTime);
  const records = partition(messages.recordMesgs, windows, at, true);
  const laps = partition(messages.lapMesgs, windows, starting);
  const lengths = partition(messages.lengthMesgs, windows, starting);
  const events = partition(messages.eventMesgs, windows, at);
  const hrv = partition(decoded.hrv, windows, (h) => h.afterS ?? -Infinity, true);
  const hasTimer = (messages.eventMesgs ?? []).some((e) => e.event === 'timer');
  const developer = developerFieldMap(messages);
  const groupStart = windows[0]?.session?.startTime;
  const built = windows.map((window, i) => {
    const named = fitName(window.session?.sport ?? messages.sportMesgs?.[0]?.sport, 'generic');
    const sport = named === 'generic' && fromRowingApp(developer) ? 'rowing' : named;
    const notes: ImportNote[] = i === 0 ? [...decoded.notes] : [];
    const input = { window, records: records[i]!, lengths: lengths[i]!, sport, developer };
    return { sport, notes, ...legStreams(input, notes) };
  });
  restartEachLeg(built.map((leg) => leg.streams.distanceM));
  return windows.flatMap((window, i): RawLeg[] => {
    const { sport, notes, swim, streams: recorded } = built[i]!;
    const subSport = window.session?.subSport ?? messages.sportMesgs?.[0]?.subSport;
    const streams = recorded.timeS.length > 0 ? recorded : streamsFromTotals(window);
    if (!streams) return [];
    const multisport: MultisportLeg | null =
      windows.length > 1 && groupStart instanceof Date
        ? { groupId: `multisport-${groupStart.toISOString()}`, index: i, count: windows.length }
        : null;
    return [
      {
        sport,
        subSport: subSport === undefined ? null : fitName(subSport, 'generic'),
        source: 'fit',
        device: deviceName(messages),
        declaredStartS: epochS(window.session?.startTime) ?? starting(laps[i]![0] ?? {}),
        streams,
        breaksS: [],
        timerPauses: timerStops(events[i]!, hasTimer),
        laps: toRawLaps(laps[i]!),
        swim,
        deviceTotals: window.session ? sessionTotals(window.session) : lapTotals(laps[i]!),
        rrIntervalsMs: rrIntervals(hrv[i]!),
        notes,
        multisport,
      },
    ];
  });
}

/** Reads a FIT activity file with Garmin's official decoder (FIT SDK, @garmin/fitsdk). */
export function readFit(bytes: Uint8Array): FitRead {
  const decoded = decodeFit(bytes);
  if (!decoded.ok) return decoded;
  const { messages } = decoded.decoded;
  const fileType = messages.fileIdMesgs?.[0]?.type;
  if (fileType !== undefined && fileType !== 'activity') {
    return {
      ok: false,
      error: {
        type: 'NotAnActivity',
        message: `This FIT file holds a ${fitName(fileType, 'other').replace(/_/g, ' ')} file, not a recorded activity.`,
      },
    };
  }
  const legs = readLegs(decoded.decoded);
  if (legs.length > 0) return { ok: true, legs };
  const cut = decoded.decoded.notes.find((n) => n.type === 'FileCutShort');
  return {
    ok: false,
    error: cut
      ? {
          type: 'Truncated',
          message: `${cut.message.split(';')[0]}; no whole sample is left to analyze.`,
        }
      : { type: 'NotAnActivity', message: 'This FIT file has no recorded samples to analyze.' },
  };
}
