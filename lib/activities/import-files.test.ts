import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { syntheticActivity } from '@/engine/formats/test-support/synthetic-activity';
import { writeTcx } from '@/engine/formats/test-support/write-tcx';
import { readActivities } from '@/lib/store/activities-doc';
import { activitiesDocName } from '@/lib/store/doc-names';
import { acquireDoc, releaseDoc } from '@/lib/store/doc-registry';
import { profileDefaults } from '@/lib/store/profile-schema';
import { engineApi } from '@/lib/worker/engine-api';
import { tinyGpx } from '@/lib/worker/tiny-gpx';
import { importFiles, type FileOutcome } from './import-files';

const athleteId = '5f0e9a52-3c1d-4b7e-9f2a-6d8c0b1e2a47';

const file = (name: string, text: string) => new File([text], name);

describe('importing several files', () => {
  it('names a cut-off file and says what is wrong with it, and imports the others', async () => {
    const gpx = tinyGpx(600, 3, '2026-11-01T07:00:00Z');
    const tcx = writeTcx(
      syntheticActivity({ durationS: 900, start: new Date('2026-11-02T07:00:00Z') }),
    );
    const files = [
      file('monday.gpx', gpx),
      // Cut inside the first point: nothing can be read.
      file('tuesday.gpx', tinyGpx(600, 3, '2026-11-03T07:00:00Z').slice(0, gpx.indexOf('<ele>'))),
      // Cut half-way: read up to the cut.
      file('wednesday.tcx', tcx.slice(0, Math.floor(tcx.length / 2))),
      file('thursday.tcx', tcx.slice(0, tcx.indexOf('<Trackpoint>') + 15)),
      file('friday.gpx', tinyGpx(300, 3, '2026-11-05T07:00:00Z')),
    ];
    const seen: FileOutcome[] = [];
    const outcomes = await importFiles(
      athleteId,
      profileDefaults,
      files,
      (o) => seen.push(o),
      engineApi,
    );

    expect(seen).toEqual(outcomes);
    expect(outcomes.map((o) => o.status)).toEqual([
      'imported',
      'failed',
      'imported',
      'failed',
      'imported',
    ]);
    expect(outcomes[1]!.message).toMatch(
      /^"tuesday\.gpx" could not be imported\. This GPX file ends before it is complete/,
    );
    expect(outcomes[3]!.message).toMatch(
      /^"thursday\.tcx" could not be imported\. This TCX file ends before it is complete/,
    );
    expect(outcomes[2]!.message).toBe(
      'wednesday.tcx: imported up to where the file was cut off; the rest of it is missing.',
    );
    expect(outcomes[0]!.message).toBe('monday.gpx: imported.');

    const name = activitiesDocName(athleteId);
    const open = acquireDoc(name);
    try {
      const saved = readActivities(await open.ready);
      expect(saved.map((a) => a.startTime.slice(0, 10)).sort()).toEqual([
        '2026-11-01',
        '2026-11-02',
        '2026-11-05',
      ]);
    } finally {
      releaseDoc(name);
    }
  });
});
