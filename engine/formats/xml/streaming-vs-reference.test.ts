import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ActivityStreams } from '../../activity/types.ts';
import { readGpx } from '../gpx/read-gpx.ts';
import { readTcx } from '../tcx/read-tcx.ts';
import { referenceGpx } from '../test-support/reference-xml/reference-gpx.ts';
import { referenceTcx } from '../test-support/reference-xml/reference-tcx.ts';
import { syntheticActivity } from '../test-support/synthetic-activity.ts';
import { writeGpx } from '../test-support/write-gpx.ts';
import { writeTcx } from '../test-support/write-tcx.ts';

/**
 * The streaming reader against the fast-xml-parser importer it replaced, on every GPX and TCX
 * file in the repository and every one the test writers make: the same samples (every column,
 * on the same clock), laps, sport and device.
 */
const fixtureDir = new URL('../fixtures/', import.meta.url);
const files: Array<[string, string]> = [
  ...readdirSync(fixtureDir)
    .filter((name) => /\.(gpx|tcx)$/i.test(name))
    .map((name): [string, string] => [name, readFileSync(new URL(name, fixtureDir), 'utf8')]),
  ...(['running', 'rowing'] as const).flatMap((sport): Array<[string, string]> => {
    const activity = syntheticActivity({ sport, durationS: 1500, pause: { atS: 500, forS: 90 } });
    return [
      [`synthetic ${sport}.gpx`, writeGpx(activity)],
      [`synthetic ${sport}.tcx`, writeTcx(activity)],
    ];
  }),
];

const COLUMNS = [
  'heartRateBpm',
  'speedMps',
  'powerW',
  'cadence',
  'distanceM',
  'latitudeDeg',
  'longitudeDeg',
  'altitudeM',
] as const;

function columns(streams: ActivityStreams, offsetS: number) {
  return {
    timeS: Array.from(streams.timeS, (t) => t + offsetS),
    ...Object.fromEntries(COLUMNS.map((name) => [name, Array.from(streams[name])])),
  };
}

describe('the streaming GPX/TCX reader reads what the fast-xml-parser importer read', () => {
  it.each(files)('%s', (name, text) => {
    const tcx = name.toLowerCase().endsWith('.tcx');
    const reference = tcx ? referenceTcx(text) : referenceGpx(text);
    const streaming = tcx ? readTcx(text) : readGpx(text);
    if (!reference.ok || !streaming.ok) throw new Error(`${name} did not import`);
    const old = reference.activity;
    const [leg] = streaming.legs;
    const oldStartS = Date.parse(old.startTime) / 1000;
    expect(columns(leg!.streams, 0)).toEqual(columns(old.streams, oldStartS));
    expect(leg!.laps.map((l) => [l.startS, l.elapsedS, l.distanceM])).toEqual(
      old.laps.map((l) => [Date.parse(l.startTime) / 1000, l.elapsedS, l.distanceM]),
    );
    expect(leg!.sport).toBe(old.sport);
    expect(leg!.device).toBe(old.device);
  });
});
