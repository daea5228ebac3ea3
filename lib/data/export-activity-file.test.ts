import { describe, expect, it } from 'vitest';
import { resolveAthlete } from '@/engine/activity/athlete';
import { analyzeActivity } from '@/engine/analysis/analyze-activity';
import { importActivity } from '@/engine/formats/import-activity';
import { engineApi } from '@/lib/worker/engine-api';
import { tinyGpx } from '@/lib/worker/tiny-gpx';
import { exportActivityFile } from './export-activity-file';

const gpx = new TextEncoder().encode(tinyGpx(900, 3.2, '2026-11-20T07:00:00Z'));
const imported = engineApi.importFile(gpx.slice(), 'Morning Run.gpx', {});
if (!imported.ok) throw new Error(imported.error.message);
const { original } = imported;
const { summary, columns } = imported.activities[0]!;

function exported(format: 'fit' | 'gpx' | 'tcx', withOriginal = true) {
  const result = exportActivityFile({
    summary,
    columns,
    original: withOriginal ? original : null,
    format,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('exporting one activity', () => {
  it('gives back the original file, byte for byte, in its own format', () => {
    const result = exported('gpx');
    expect(result).toMatchObject({ fileName: 'Morning Run.gpx', fromOriginal: true });
    expect(result.bytes).toEqual(gpx);
  });

  it.each(['fit', 'tcx', 'gpx'] as const)(
    'writes %s from the streams, and it imports back with the same distance and times',
    (format) => {
      const result = exported(format, format !== 'gpx');
      expect(result).toMatchObject({ fileName: `Morning Run.${format}`, fromOriginal: false });
      const back = importActivity(result.bytes, { fileName: result.fileName, nowMs: Date.now() });
      if (!back.ok) throw new Error(back.error.message);
      const again = analyzeActivity(back.activities[0]!, resolveAthlete());
      expect(Math.abs(again.distanceM - summary.distanceM)).toBeLessThan(0.5);
      expect(again.elapsedS).toBe(summary.elapsedS);
      expect(again.movingS).toBe(summary.movingS);
      expect(again.avgHr).toBeCloseTo(summary.avgHr!, 6);
      expect(new Date(again.startTime).toISOString()).toBe(summary.startTime);
    },
  );

  it('says so when the recording has not reached this device', () => {
    const result = exportActivityFile({ summary, columns: null, original: null, format: 'tcx' });
    expect(result).toMatchObject({ ok: false, error: { type: 'NoRecording' } });
  });

  it('names a written file from the sport and start when there was no file', () => {
    const result = exportActivityFile({
      summary: { ...summary, fileName: null },
      columns,
      original: null,
      format: 'fit',
    });
    expect(result).toMatchObject({ ok: true, fileName: 'running-2026-11-20-0700.fit' });
  });
});
