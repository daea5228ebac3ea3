// The in-page halves of the coach edit bench: clock alignment with Node, the coach's "edit made"
// stamp, and the athlete's "edit painted" stamp. Functions run in the page are kept as text (the
// bench runner wraps named functions with helpers the page does not have).
import type { Page } from '@playwright/test';

/** Milliseconds on the page's clock minus Node's, from the tightest of several round trips. */
export async function clockOffsetMs(page: Page, tries = 25): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < tries; i++) {
    const before = performance.timeOrigin + performance.now();
    const inPage = (await page.evaluate('performance.timeOrigin + performance.now()')) as number;
    const after = performance.timeOrigin + performance.now();
    if (after - before < best.rtt)
      best = { rtt: after - before, offset: inPage - (before + after) / 2 };
  }
  return best.offset;
}

/** On the coach's page: stamps the moment the edit form is submitted (before React handles it). */
export const STAMP_SUBMITS = `(() => {
  window.__editStamps = [];
  document.addEventListener('submit', () => {
    window.__editStamps.push(performance.timeOrigin + performance.now());
  }, true);
})()`;

/**
 * On the athlete's page: resolves with the time of the first frame painted after the workout's
 * chip shows `text` (a MutationObserver sees the change, the next animation frame is the paint).
 */
export const PAINTED_WITH = `([id, text]) => new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('not painted within 10 s: ' + text)), 10000);
  const chip = () => document.querySelector('[data-workout-id="' + id + '"]');
  const done = () => {
    const el = chip();
    if (!el || !el.textContent.includes(text)) return false;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
    return true;
  };
  const observer = new MutationObserver(() => void done());
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  done();
})`;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
