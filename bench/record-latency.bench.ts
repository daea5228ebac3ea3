// Frame-to-screen latency of the Record screen, in Chromium, with the demo rower sending at
// 10 Hz: from a notification leaving the (simulated) device to the next animation frame after
// the live distance it moved changed on screen. Reference, same page and run: a bare requestAnimationFrame round
// trip from a timer firing at a random moment — the least any screen update can take.
// Needs a built app (`npx next build` → out/); serves it with the real relay on a spare port.
// Take the e2e lock while it runs: flock /tmp/e2e.lock npm run bench -- record-latency
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installCleanup, removeTempDir, stop, trackTempDir } from './relay/child-processes.ts';
import { launchChromium, startAppRelay, waitForHealth } from './app-relay.ts';
import { report } from './measure.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = 8812;
const SAMPLE_S = 20;

/**
 * Runs in the page. Kept as source text because the bench runner (tsx) wraps named functions
 * with a helper that does not exist in the browser.
 */
const MEASURE_IN_PAGE = `async (sampleS) => {
  const app = [];
  const reference = [];
  // Distance moves only when a monitor notification says so (the clock tile moves on a timer).
  const target = document.querySelector('[data-testid="live-distance"]');
  if (!target) throw new Error('No live distance on the page.');
  const lastFrameBefore = (t) => {
    const marks = performance.getEntriesByName('splits:frame');
    for (let i = marks.length - 1; i >= 0; i--) {
      if (marks[i].startTime <= t) return marks[i].startTime;
    }
    return null;
  };
  const observer = new MutationObserver(() => {
    const frameAt = lastFrameBefore(performance.now());
    requestAnimationFrame(() => {
      if (frameAt !== null) app.push(performance.now() - frameAt);
    });
  });
  observer.observe(target, { subtree: true, characterData: true, childList: true });
  const until = performance.now() + sampleS * 1000;
  while (performance.now() < until) {
    await new Promise((r) => setTimeout(r, 37 + Math.random() * 60));
    const t0 = performance.now();
    await new Promise((r) => requestAnimationFrame(r));
    reference.push(performance.now() - t0);
  }
  observer.disconnect();
  return { app, reference, frames: performance.getEntriesByName('splits:frame').length };
}`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export default async function bench(): Promise<void> {
  if (!existsSync(join(root, 'out', 'record', 'index.html'))) {
    console.log('record latency: no built app in out/ — run `npx next build` first; skipped.');
    return;
  }
  installCleanup();
  const dataDir = trackTempDir(mkdtempSync(join(tmpdir(), 'splits-bench-record-')));
  const relay = startAppRelay(PORT, dataDir);
  const base = `http://127.0.0.1:${PORT}`;
  const browser = await launchChromium();
  try {
    await waitForHealth(base);
    const page = await browser.newPage();
    await page.goto(`${base}/record/?trace-frames=1`);
    await page.getByRole('button', { name: 'Demo rower and heart-rate strap' }).click();
    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.getByTestId('live-split').waitFor();

    const { app, reference, frames } = (await page.evaluate(
      `(${MEASURE_IN_PAGE})(${SAMPLE_S})`,
    )) as { app: number[]; reference: number[]; frames: number };

    const appP50 = percentile(app, 50);
    const appP95 = percentile(app, 95);
    const refP95 = percentile(reference, 95);
    report(
      'record: frame→screen p95 vs bare rAF round trip p95',
      appP95 / refP95,
      `p50 ${appP50.toFixed(1)} ms, p95 ${appP95.toFixed(1)} ms (target < 16.7 ms); ` +
        `reference p50 ${percentile(reference, 50).toFixed(1)} ms, p95 ${refP95.toFixed(1)} ms; ` +
        `${frames} frames at 10 Hz, ${app.length} screen updates in ${SAMPLE_S} s`,
    );
  } finally {
    await browser.close();
    await stop(relay);
    removeTempDir(dataDir);
  }
}
