// Builds the static app when needed and runs the Playwright journeys in Debian Chromium.
import { execSync } from 'node:child_process';
import { ensureChromium } from './chromium.mjs';

if (!ensureChromium()) process.exit(1);
if (process.env.SKIP_BUILD !== '1') {
  execSync('npx next build', {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  execSync('node scripts/build-sw.mjs', { stdio: 'inherit' });
  execSync('node scripts/precompress.mjs', { stdio: 'inherit' });
}
execSync('npx playwright test -c playwright/playwright.config.ts', { stdio: 'inherit' });
