import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 8797);

export default defineConfig({
  testDir: './journeys',
  timeout: 60_000,
  // The engine worker and the first service-worker install share two cores with the relay: give
  // assertions time to settle rather than failing on a slow first import.
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // CI shares two cores with the relay and Chromium; one retry absorbs a scheduling stall, and the
  // report still lists any test that needed it as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node ../scripts/e2e-relay.mjs ${port}`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
