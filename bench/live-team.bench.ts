// The coach's Live screen under a team: 50 simulated athletes publish their live state at 1 Hz
// through the real relay to one coach page in Chromium. Measured: the page's main-thread long
// tasks, and the update latency from an athlete sending a state to the next animation frame after
// its tile changed. Reference, same run: the same states received by a bare awareness client in
// Node (relay transport only), and the page's long tasks over an equal idle window before.
// Needs a built app (`npx next build` → out/). Take the e2e lock: flock /tmp/e2e.lock npm run bench -- live-team
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser } from '@playwright/test';
import { WebSocket } from 'ws';
import { openLiveChannel, type LiveChannel } from '../lib/live/live-channel.ts';
import { latestLiveState } from '../lib/live/live-board.ts';
import type { LiveState } from '../lib/live/live-state.ts';
import { api, register } from '../sync-server/test-support/http-api.ts';
import { launchChromium, startAppRelay, waitForHealth } from './app-relay.ts';
import { report } from './measure.ts';
import { installCleanup, removeTempDir, stop, trackTempDir } from './relay/child-processes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = 8814;
const ATHLETES = 50;
const SAMPLE_S = 20;
const IDLE_S = 5;
const polyfill = WebSocket as unknown as typeof globalThis.WebSocket;

/** Runs in the page (kept as text: the bench runner wraps named functions with helpers). */
const MEASURE_IN_PAGE = `async (seconds) => {
  const latencies = [];
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const board = document.querySelector('[aria-label="Athletes recording now"]');
  const mutations = board ? new MutationObserver((records) => {
    const sent = new Set();
    for (const r of records) {
      const tile = r.target instanceof Element ? r.target.closest('[data-sent-at]') : null;
      if (tile) sent.add(Number(tile.getAttribute('data-sent-at')));
    }
    requestAnimationFrame(() => {
      const now = performance.timeOrigin + performance.now();
      for (const at of sent) latencies.push(now - at);
    });
  }) : null;
  mutations?.observe(board, { subtree: true, attributes: true, attributeFilter: ['data-sent-at'] });
  await new Promise((r) => setTimeout(r, seconds * 1000));
  observer.disconnect();
  mutations?.disconnect();
  return { latencies, longTasks };
}`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function liveState(name: string, seq: number): LiveState {
  return {
    v: 1,
    name,
    sport: 'rowing',
    phase: 'recording',
    activeS: seq,
    distanceM: seq * 4.2,
    speedMps: 4 + (seq % 5) / 10,
    powerW: 180 + (seq % 7),
    cadence: 24,
    heartRateBpm: 140 + (seq % 20),
    hrZone: 3,
    hrZoneName: 'Z3',
    step: { index: 2, count: 7, label: 'Work' },
    linksDown: [],
    activityId: null,
    sentAtMs: Date.now(),
    seq,
  };
}

/** The coach and the athletes, each athlete sharing their live channel with the coach. */
async function makeTeam(base: string) {
  const coach = await register(base);
  const athletes = [];
  for (let i = 0; i < ATHLETES; i++) {
    const athlete = await register(base);
    const invite = await api(
      base,
      'POST',
      '/api/shares',
      { prefix: `${athlete.athleteId}/live`, role: 'viewer', email: coach.email },
      athlete.accessToken,
    );
    const { token } = invite.json as { token: string };
    await api(base, 'POST', '/api/shares/accept', { token }, coach.accessToken);
    athletes.push({ ...athlete, name: `Athlete ${String(i + 1).padStart(2, '0')}` });
  }
  return { coach, athletes };
}

type Team = Awaited<ReturnType<typeof makeTeam>>;
type PageSample = { latencies: number[]; longTasks: number[] };

/** The coach's Live screen, signed in, once it follows every athlete. */
async function openCoachPage(browser: Browser, base: string, coach: Team['coach']) {
  const page = await browser.newPage();
  await page.addInitScript(
    (session) => localStorage.setItem('splits.session', session),
    JSON.stringify({
      userId: coach.userId,
      athleteId: coach.athleteId,
      email: coach.email,
      accessToken: coach.accessToken,
      refreshToken: coach.refreshToken,
    }),
  );
  await page.goto(`${base}/coach/live/`);
  await page.getByText(`Following ${ATHLETES} athletes.`).waitFor();
  return page;
}

/**
 * Every athlete publishing at 1 Hz, staggered over the second as real athletes would be, and the
 * reference: a bare awareness client in Node on every channel, timing arrivals into the returned
 * list.
 */
function startAthletes(
  { coach, athletes }: Team,
  channels: LiveChannel[],
  timers: ReturnType<typeof setInterval>[],
) {
  const transport: number[] = [];
  const ws = `ws://127.0.0.1:${PORT}/sync`;
  for (const athlete of athletes) {
    const watcher = openLiveChannel({
      url: ws,
      athleteId: athlete.athleteId,
      token: () => coach.accessToken,
      WebSocketPolyfill: polyfill,
    });
    channels.push(watcher);
    watcher.awareness.on('change', () => {
      const others = new Map(watcher.awareness.getStates());
      others.delete(watcher.awareness.clientID);
      const state = latestLiveState(others as Map<number, Record<string, unknown>>);
      if (state) transport.push(Date.now() - state.sentAtMs);
    });
    const channel = openLiveChannel({
      url: ws,
      athleteId: athlete.athleteId,
      token: () => athlete.accessToken,
      WebSocketPolyfill: polyfill,
    });
    channels.push(channel);
    let seq = 0;
    setTimeout(
      () => timers.push(setInterval(() => channel.publish(liveState(athlete.name, ++seq)), 1000)),
      Math.random() * 1000,
    );
  }
  return transport;
}

/** The two ratios: screen latency against transport, and long tasks against the idle page. */
function reportResults(busy: PageSample, idle: Pick<PageSample, 'longTasks'>, transport: number[]) {
  const p95 = percentile(busy.latencies, 95);
  const refP95 = percentile(transport, 95);
  report(
    'live team: update→screen p95 vs relay transport p95',
    p95 / refP95,
    `${ATHLETES} athletes at 1 Hz: p50 ${percentile(busy.latencies, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${busy.latencies.length} updates; ` +
      `transport p50 ${percentile(transport, 50).toFixed(1)} ms, p95 ${refP95.toFixed(1)} ms`,
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const busyMsPerS = sum(busy.longTasks) / SAMPLE_S;
  const idleMsPerS = sum(idle.longTasks) / IDLE_S;
  report(
    'live team: long-task ms/s vs the idle page',
    busyMsPerS / Math.max(idleMsPerS, 1),
    `${busy.longTasks.length} long tasks in ${SAMPLE_S} s (${sum(busy.longTasks).toFixed(0)} ms, longest ${Math.max(0, ...busy.longTasks).toFixed(0)} ms); ` +
      `idle: ${idle.longTasks.length} in ${IDLE_S} s (${sum(idle.longTasks).toFixed(0)} ms; ratio floored at 1 ms/s)`,
  );
}

export default async function bench(): Promise<void> {
  if (!existsSync(join(root, 'out', 'coach', 'live', 'index.html'))) {
    console.log('live team: no built app in out/ — run `npx next build` first; skipped.');
    return;
  }
  installCleanup();
  // Every y-websocket provider in Node listens for the process's exit: two per athlete here.
  process.setMaxListeners(ATHLETES * 2 + 20);
  const dataDir = trackTempDir(mkdtempSync(join(tmpdir(), 'splits-bench-live-')));
  // Limits raised for one machine playing a team.
  const relay = startAppRelay(PORT, dataDir, {
    HOST: '127.0.0.1',
    LOGIN_ATTEMPTS_PER_WINDOW: '1000',
    MAX_CONNECTIONS_PER_IP: '1000',
    MAX_CONNECTIONS_PER_ACCOUNT: '64',
  });
  const base = `http://127.0.0.1:${PORT}`;
  const browser = await launchChromium();
  const channels: LiveChannel[] = [];
  const timers: ReturnType<typeof setInterval>[] = [];
  try {
    await waitForHealth(base);
    const team = await makeTeam(base);
    const page = await openCoachPage(browser, base, team.coach);
    const idle = (await page.evaluate(`(${MEASURE_IN_PAGE})(${IDLE_S})`)) as {
      longTasks: number[];
    };
    const transport = startAthletes(team, channels, timers);
    await page
      .locator('[data-testid="live-tile"]')
      .nth(ATHLETES - 1)
      .waitFor({ timeout: 60_000 });
    transport.length = 0;
    const busy = (await page.evaluate(`(${MEASURE_IN_PAGE})(${SAMPLE_S})`)) as PageSample;
    reportResults(busy, idle, transport);
  } finally {
    timers.forEach(clearInterval);
    channels.forEach((c) => c.close());
    await browser.close();
    await stop(relay);
    removeTempDir(dataDir);
  }
}
