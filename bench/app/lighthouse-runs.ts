// Lighthouse 12 against a served page, in Debian's Chromium with the launch flags that work on
// this machine: a fresh browser per run (a first visit), the median of `runs` runs per page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type FormFactor = 'mobile' | 'desktop';

export type PageFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  transferBytes: number;
  scriptBytes: number;
  /** Lighthouse's CPU score of the machine during the run: a phone-class figure under load. */
  benchmarkIndex: number;
};

type Audit = { numericValue?: number; details?: { items?: unknown[] } };
type Lhr = {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, Audit>;
};

function figuresOf(lhr: Lhr): PageFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const summary = (lhr.audits['resource-summary']?.details?.items ?? []) as {
    resourceType: string;
    transferSize: number;
  }[];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcpMs: value('first-contentful-paint'),
    transferBytes: value('total-byte-weight'),
    scriptBytes: summary.find((r) => r.resourceType === 'script')?.transferSize ?? NaN,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
  };
}

async function runOnce(
  url: string,
  formFactor: FormFactor,
): Promise<{ figures: PageFigures; lhr: unknown }> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const flags = {
      port: chrome.port,
      output: 'json' as const,
      logLevel: 'error' as const,
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    };
    const result = await lighthouse(
      url,
      flags,
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { figures: figuresOf(result.lhr as unknown as Lhr), lhr: result.lhr };
  } finally {
    chrome.kill();
  }
}

// On a loaded shared machine a browser now and then misses a DevTools deadline (PROTOCOL_TIMEOUT);
// that run says nothing about the page, so it is run again rather than ending the whole bench.
const ATTEMPTS = 3;

async function runWithRetry(url: string, formFactor: FormFactor) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, formFactor);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      console.warn(`Lighthouse run of ${url} failed (${String(error)}); running it again`);
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** The median of every figure over `runs` fresh-browser runs, and each run's full report. */
export async function lighthouseMedian(
  url: string,
  formFactor: FormFactor,
  runs: number,
): Promise<{ figures: PageFigures; reports: unknown[] }> {
  const all: PageFigures[] = [];
  const reports: unknown[] = [];
  for (let i = 0; i < runs; i++) {
    const { figures, lhr } = await runWithRetry(url, formFactor);
    all.push(figures);
    reports.push(lhr);
  }
  const keys = Object.keys(all[0]!) as (keyof PageFigures)[];
  const figures = Object.fromEntries(keys.map((k) => [k, median(all.map((f) => f[k]))]));
  return { figures: figures as PageFigures, reports };
}
