import { Decoder, Stream } from '@garmin/fitsdk';
import { resolveAthlete } from '../engine/activity/athlete.ts';
import { analyzeActivity } from '../engine/analysis/analyze-activity.ts';
import { importActivity } from '../engine/formats/import-activity.ts';
import { syntheticActivity } from '../engine/formats/test-support/synthetic-activity.ts';
import { writeFit } from '../engine/formats/test-support/write-fit.ts';
import { report } from './measure.ts';

// Reference: bare @garmin/fitsdk decoding of the same bytes, in the same run. The ratio is
// (import + full analysis) / decoding, so 1.25 means the analysis adds 25 % on top of decoding.
const athlete = resolveAthlete();

function decode(bytes: Uint8Array): void {
  const { errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  if (errors.length > 0) throw errors[0];
}

function analyze(bytes: Uint8Array): void {
  const result = importActivity(bytes);
  if (!result.ok) throw new Error(result.error.message);
  analyzeActivity(result.activity, athlete);
}

function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Times decoding and import+analysis file by file, alternating, and keeps each file's best of
 * `runs`: on a shared machine other processes only ever add time, and a per-file minimum filters
 * their bursts far better than timing the whole batch at once.
 */
function compare(label: string, files: Uint8Array[], runs: number): void {
  const megabytes = files.reduce((sum, f) => sum + f.length, 0) / 1e6;
  const bestDecode = new Float64Array(files.length).fill(Infinity);
  const bestAnalyze = new Float64Array(files.length).fill(Infinity);
  for (const bytes of files.slice(0, 25)) {
    decode(bytes);
    analyze(bytes);
  }
  for (let run = 0; run < runs; run++) {
    files.forEach((bytes, i) => {
      bestDecode[i] = Math.min(
        bestDecode[i]!,
        timeMs(() => decode(bytes)),
      );
      bestAnalyze[i] = Math.min(
        bestAnalyze[i]!,
        timeMs(() => analyze(bytes)),
      );
    });
  }
  const decodeMs = bestDecode.reduce((a, b) => a + b, 0);
  const analyzeMs = bestAnalyze.reduce((a, b) => a + b, 0);
  report(
    `${label}: import+analysis vs bare FIT decoding`,
    analyzeMs / decodeMs,
    `${(analyzeMs / files.length).toFixed(2)} ms per file, ${(megabytes / (analyzeMs / 1000)).toFixed(2)} MB/s; ` +
      `decoding alone ${(decodeMs / files.length).toFixed(2)} ms, ${(megabytes / (decodeMs / 1000)).toFixed(2)} MB/s; ` +
      `best of ${runs} per file; target ≤ 1.25x`,
  );
}

export default async function bench(): Promise<void> {
  const long = writeFit(
    syntheticActivity({ durationS: 3 * 3600, pause: { atS: 5000, forS: 180 } }),
  );
  compare('3-hour 1 Hz run (1 file)', [long], 9);

  // 500 files of 10 minutes; 25 distinct recordings cycled, since encoding is the slow part.
  const distinct = Array.from({ length: 25 }, (_, i) =>
    writeFit(
      syntheticActivity({
        sport: i % 5 === 4 ? 'rowing' : 'running',
        durationS: 600,
        start: new Date(Date.UTC(2026, 0, 1 + i, 7)),
      }),
    ),
  );
  const batch = Array.from({ length: 500 }, (_, i) => distinct[i % distinct.length]!);
  compare('batch of 500 ten-minute files', batch, 5);
}
