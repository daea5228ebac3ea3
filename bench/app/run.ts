// `npm run bench:app`: the built app as a phone and a desktop meet it, each figure beside the
// floor measured in the same run (a blank Next.js page served the same way, or the browser's own
// XML parser). Lighthouse 12 (median of 3 fresh-browser runs per page and form factor), the bytes
// of a first visit, an offline cold start, importing 300 one-hour GPX/TCX files, and ten years of
// daily sessions on the device. `--quick` measures less, for a check while working;
// `--pages=/,/record/`, `--forms=mobile`, `--runs=1` and `--only=lighthouse,first-visit` narrow it.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execSync } from 'node:child_process';
import { installCleanup, trackTempDir } from '../relay/child-processes.ts';
import { precompress } from '../../scripts/precompress.mjs';
import { blankApp } from './blank-app.ts';
import { hourLongFiles, tenYearFiles } from './data.ts';
import { lighthouseMedian, type FormFactor, type PageFigures } from './lighthouse-runs.ts';
import { kib, msText, report, saveRun } from './report.ts';
import { launch } from './scenarios/browser.ts';
import { firstVisitScenario } from './scenarios/first-visit.ts';
import { historyScenario } from './scenarios/history.ts';
import { importScenario } from './scenarios/import-files.ts';
import { serve } from './servers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const quick = process.argv.includes('--quick');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wants = (part: string) => !only || only.includes(part);
const listArg = (name: string) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(',');

const PAGES =
  listArg('pages') ??
  (quick
    ? ['/', '/activities/']
    : [
        '/',
        '/activities/',
        '/plan/',
        '/record/',
        '/fitness/',
        '/journal/',
        '/settings/',
        '/account/',
      ]);
const FORM_FACTORS = (listArg('forms') ??
  (quick ? ['mobile'] : ['mobile', 'desktop'])) as FormFactor[];
const RUNS = Number(listArg('runs')?.[0] ?? (quick ? 1 : 3));

installCleanup();
if (!existsSync(join(root, 'out/sw.js')) || process.argv.includes('--build')) {
  execSync('npm run -s build', { cwd: root, stdio: 'inherit' });
}
// Outside the tree, so no tool of the project (tsc, ESLint, Prettier, Vitest) sees the blank app.
const cache = join(tmpdir(), 'splits-bench-cache');
const blankOut = blankApp(root, cache);
// The floor is served the way the app is: compressed copies beside its files.
await precompress(blankOut);
// BENCH_APP_PORT moves both servers, so two worktrees can bench side by side.
const port = Number(process.env.BENCH_APP_PORT ?? 8841);
const app = await serve(root, join(root, 'out'), port);
const blank = await serve(root, blankOut, port + 1);
const figures: Record<string, unknown> = {};
const reports: Record<string, unknown[]> = {};

if (wants('lighthouse')) {
  console.log(`\n## Lighthouse (${RUNS} run${RUNS > 1 ? 's' : ''} each, median)`);
  for (const form of FORM_FACTORS) {
    const floor = await lighthouseMedian(`${blank.url}/`, form, RUNS);
    reports[`blank-${form}`] = floor.reports;
    const f = floor.figures;
    console.log(
      `blank page, ${form}: performance ${f.performance}, LCP ${msText(f.lcpMs)}, TBT ${msText(f.tbtMs)}, JS ${kib(f.scriptBytes)}, ` +
        `machine benchmarkIndex ${Math.round(f.benchmarkIndex)}`,
    );
    for (const path of PAGES) {
      const { figures: p, reports: lhrs } = await lighthouseMedian(`${app.url}${path}`, form, RUNS);
      reports[`${form}${path}`] = lhrs;
      figures[`lighthouse ${form} ${path}`] = p;
      printPage(path, form, p, f);
    }
  }
}

function printPage(path: string, form: FormFactor, p: PageFigures, f: PageFigures) {
  report(
    `${form} ${path} LCP vs blank`,
    p.lcpMs / f.lcpMs,
    `${msText(p.lcpMs)}; blank ${msText(f.lcpMs)}`,
  );
  report(
    `${form} ${path} JS vs blank`,
    p.scriptBytes / f.scriptBytes,
    `${kib(p.scriptBytes)} over the wire`,
  );
  console.log(
    `${''.padEnd(48)} performance ${p.performance}, TBT ${msText(p.tbtMs)}, CLS ${p.cls.toFixed(3)}, ` +
      `a11y ${p.accessibility}, best practices ${p.bestPractices}, SEO ${p.seo}`,
  );
}

const browser = await launch();
try {
  if (wants('first-visit')) {
    console.log('\n## First visit and offline start');
    const v = await firstVisitScenario(browser, app.url, blank.url);
    figures['first visit'] = v;
    report(
      'first visit bytes vs blank',
      v.wireBytes / v.wireReferenceBytes,
      `${kib(v.wireBytes)} in ${v.requests} responses`,
    );
    report(
      'offline cold start vs blank online',
      v.offlineStartMs / v.offlineReferenceMs,
      `${msText(v.offlineStartMs)}; blank ${msText(v.offlineReferenceMs)}`,
    );
    if (v.uncompressedTextResponses.length > 0) {
      console.log(
        `  sent uncompressed: ${v.uncompressedTextResponses.length} text responses over 1 KiB`,
      );
    }
  }
  const dataDir = trackTempDir(mkdtempSync(join(tmpdir(), 'splits-bench-data-')));
  if (wants('import')) {
    const count = quick ? 60 : 300;
    console.log(`\n## Import ${count} one-hour GPX/TCX files`);
    const i = await importScenario(browser, app.url, hourLongFiles(join(dataDir, 'hours'), count));
    figures.import = i;
    const over50 = i.longTasksMs.filter((t) => t > 50);
    report(
      'import vs bare XML parse of the same files',
      i.totalMs / i.referenceMs,
      `${(i.totalMs / 1000).toFixed(1)} s, ${i.perFileMs.toFixed(0)} ms a file`,
    );
    console.log(
      `${''.padEnd(48)} long tasks over 50 ms: ${over50.length} (longest ${msText(Math.max(0, ...i.longTasksMs))})`,
    );
  }
  if (wants('history')) {
    const days = quick ? 365 : 3650;
    console.log(`\n## ${days} days of sessions on the device`);
    const h = await historyScenario(
      browser,
      app.url,
      blank.url,
      tenYearFiles(join(dataDir, 'days'), days),
    );
    figures.history = h;
    report(
      'tap → Activities list vs tap → Account',
      h.navActivitiesMs / h.navReferenceMs,
      msText(h.navActivitiesMs),
    );
    report(
      'tap → an activity vs tap → Account',
      h.openActivityMs / h.navReferenceMs,
      msText(h.openActivityMs),
    );
    report(
      'tap → Fitness vs tap → Account',
      h.navFitnessMs / h.navReferenceMs,
      msText(h.navFitnessMs),
    );
    report(
      'cold Activities vs cold blank page',
      h.coldActivitiesMs / h.coldReferenceMs,
      msText(h.coldActivitiesMs),
    );
    report(
      'cold Fitness vs cold blank page',
      h.coldFitnessMs / h.coldReferenceMs,
      msText(h.coldFitnessMs),
    );
    console.log(
      `${''.padEnd(48)} list DOM nodes ${h.listNodes}; long tasks over 50 ms during taps: ${h.longTasksMs.filter((t) => t > 50).length}`,
    );
  }
} finally {
  await browser.close();
}
console.log(`\nSaved under ${saveRun(join(root, 'bench/app/results'), figures, reports)}`);
process.exit(0);
