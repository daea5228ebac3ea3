import { describe, expect, it } from 'vitest';
import { importActivity } from '@/engine/formats/import-activity';
import { recordingToActivity } from '@/lib/devices/finish/recording-to-activity';
import { activitySummarySchema } from '@/lib/store/activity-summary-schema';
import { profileDefaults } from '@/lib/store/profile-schema';
import { athleteFromProfile } from './athlete-from-profile';
import { engineApi } from './engine-api';
import { summarizeActivity } from './summarize-activity';
import { tinyGpx } from './tiny-gpx';

function recorded() {
  const rows = Array.from({ length: 601 }, (_, s) => ({
    timeS: s,
    // The strap dropped out between 200 and 230 s.
    heartRateBpm: s >= 200 && s < 230 ? NaN : 140,
    speedMps: 4,
    powerW: 2.8 * 4 ** 3,
    cadence: 24,
    distanceM: s * 4,
  }));
  return recordingToActivity(
    {
      meta: {
        id: 'x',
        startedAt: '2026-11-21T07:00:00.000Z',
        sport: 'rowing',
        devices: ['PM5 (demo)'],
        status: 'recording',
        plannedWorkoutId: null,
        updatedAtMs: 0,
      },
      rows,
      events: [
        { type: 'lap', atS: 300 },
        { type: 'gap-start', atS: 200, deviceId: 'strap', label: 'Heart-rate strap' },
        { type: 'gap-end', atS: 230, deviceId: 'strap' },
      ],
      chunkCount: 0,
    },
    600,
  );
}

const id = '0b5c8e1e-7a44-4c1b-9a51-2f7f3f0e9d11';

describe('summarizeActivity (imports and recordings alike)', () => {
  it("turns a recording into the store's summary, a missing heart rate left out of the averages", () => {
    const result = summarizeActivity(recorded(), id, null, athleteFromProfile(profileDefaults));
    if (!result.ok) throw new Error(result.error.message);
    const { summary } = result;
    expect(activitySummarySchema.parse(summary)).toEqual(summary);
    expect(summary.id).toBe(id);
    expect(summary.source).toBe('recorder');
    expect(summary.distanceM).toBeCloseTo(2400, 0);
    expect(summary.avgHr).toBeCloseTo(140, 5);
    expect(summary.avgPowerW).toBeCloseTo(179.2, 1);
    expect(summary.laps).toHaveLength(2);
    expect(summary.splits.m500.length).toBeGreaterThanOrEqual(4);
  });

  it('gives no climb for an activity without altitude, and the climb for one with it', () => {
    const row = summarizeActivity(recorded(), id, null, {});
    expect(row).toMatchObject({ ok: true, summary: { elevationGainM: null } });
    const imported = importActivity(new TextEncoder().encode(tinyGpx(600, 3)), {
      fileName: 'hill.gpx',
      nowMs: Date.now(),
    });
    if (!imported.ok) throw new Error(imported.error.message);
    const run = summarizeActivity(imported.activities[0]!, id, 'hill.gpx', {});
    expect(run).toMatchObject({ ok: true, summary: { elevationGainM: expect.any(Number) } });
  });

  it('is what an import goes through: the same file gives the same summary', () => {
    const bytes = new TextEncoder().encode(tinyGpx(300, 3));
    const viaImport = engineApi.importFile(bytes, 'river.gpx', { maxHr: 190 });
    const imported = importActivity(bytes, { fileName: 'river.gpx', nowMs: Date.now() });
    if (!viaImport.ok || !imported.ok) throw new Error('The fixture should import.');
    const [leg] = viaImport.activities;
    const direct = summarizeActivity(imported.activities[0]!, leg!.summary.id, 'river.gpx', {
      maxHr: 190,
    });
    expect(direct).toEqual({ ok: true, summary: leg!.summary });
  });

  it('refuses settings that do not fit together with a typed error, for a recording too', () => {
    const profile = { ...profileDefaults, maxHrBpm: 150, restHrBpm: 160 };
    const result = engineApi.summarizeActivity(recorded(), id, null, athleteFromProfile(profile));
    expect(result).toMatchObject({ ok: false, error: { type: 'InvalidAthlete' } });
    if (!result.ok) expect(result.error.message).toMatch(/Check them in Settings/);
  });
});
