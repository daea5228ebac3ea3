import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { track } from './relay/child-processes.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Debian's Chromium with the journeys' flags (playwright/playwright.config.ts). */
export function launchChromium() {
  return chromium.launch({
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
  });
}

/**
 * The real relay serving the built app on loopback, tracked for clean-up. Node itself, not npx:
 * stopping npx would leave the relay it started running.
 */
export function startAppRelay(port: number, dataDir: string, env: Record<string, string> = {}) {
  return track(
    spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
      cwd: root,
      stdio: 'ignore',
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        APP_DIR: join(root, 'out'),
        ...env,
      },
    }),
  );
}

/** Resolves once the relay answers its liveness check (up to 30 s). */
export async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The relay did not come up.');
}
