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
const NOW_MS = Date.UTC(2027, 0, 1);

function decode(bytes: Uint8Array): void {
  const { errors } = new Decoder(Stream.fromByteArray(bytes)).read();
  if (errors.length > 0) throw errors[0];
}

function analyze(bytes: Uint8Array): void {
  const result = importActivity(bytes, { nowMs: NOW_MS });
  if (!result.ok) throw new Error(result.error.message);
  for (const activity of result.activities) analyzeActivity(activity, athlete);
}

/**
 * CPU time of this process (all its threads, so the collector's helpers too), not wall time: with
 * more runnable processes than cores, wall time counts the slices other processes ran in.
 */
function cpuMs(fn: (bytes: Uint8Array) => void, files: Uint8Array[]): number {
  const before = process.cpuUsage();
  for (const bytes of files) fn(bytes);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Rounds of reference (A: decoding) and subject (B: import + analysis) on the same chunk of files:
 * each round runs A/B/A/B/A/B back to back, keeps the best A and the best B (other processes on a
 * shared machine only ever add time, through caches and migrations even to CPU time) and yields one
 * ratio; the result is the median of the per-round ratios. A burst of other work then spoils a run
 * or a round, not the figure.
 */
const REPEATS_PER_ROUND = 3;

function compare(label: string, files: Uint8Array[], chunkSize: number, passes: number): void {
  const chunks: Uint8Array[][] = [];
  for (let i = 0; i < files.length; i += chunkSize) chunks.push(files.slice(i, i + chunkSize));
  const warmup = chunks[0] ?? [];
  for (let i = 0; i < 3; i++) {
    cpuMs(decode, warmup);
    cpuMs(analyze, warmup);
  }
  const ratios: number[] = [];
  const decodeMsPerFile: number[] = [];
  const analyzeMsPerFile: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const chunk of chunks) {
      let decodeMs = Infinity;
      let analyzeMs = Infinity;
      for (let repeat = 0; repeat < REPEATS_PER_ROUND; repeat++) {
        decodeMs = Math.min(decodeMs, cpuMs(decode, chunk));
        analyzeMs = Math.min(analyzeMs, cpuMs(analyze, chunk));
      }
      ratios.push(analyzeMs / decodeMs);
      decodeMsPerFile.push(decodeMs / chunk.length);
      analyzeMsPerFile.push(analyzeMs / chunk.length);
    }
  }
  const megabytesPerFile = files.reduce((sum, f) => sum + f.length, 0) / 1e6 / files.length;
  const decodeMs = median(decodeMsPerFile);
  const analyzeMs = median(analyzeMsPerFile);
  const sorted = [...ratios].sort((a, b) => a - b);
  report(
    `${label}: import+analysis vs bare FIT decoding`,
    median(ratios),
    `${analyzeMs.toFixed(2)} CPU ms per file, ${(megabytesPerFile / (analyzeMs / 1000)).toFixed(2)} MB/s; ` +
      `decoding alone ${decodeMs.toFixed(2)} CPU ms, ${(megabytesPerFile / (decodeMs / 1000)).toFixed(2)} MB/s; ` +
      `median of ${ratios.length} interleaved rounds (best of ${REPEATS_PER_ROUND} A/B each), quartiles ${sorted[Math.floor(sorted.length / 4)]!.toFixed(2)}–${sorted[Math.floor((3 * sorted.length) / 4)]!.toFixed(2)}x; target ≤ 1.25x`,
  );
}

export default async function bench(): Promise<void> {
  const long = writeFit(
    syntheticActivity({ durationS: 3 * 3600, pause: { atS: 5000, forS: 180 } }),
  );
  compare('3-hour 1 Hz run (1 file)', [long], 1, 9);

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
  compare('batch of 500 ten-minute files', batch, 25, 1);
}
