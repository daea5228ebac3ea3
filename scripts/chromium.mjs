// Finds Debian's Chromium for the end-to-end tests, installing it when we may (root) or saying how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() === 0) {
    console.log('Installing Debian chromium for the end-to-end tests…');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
      },
    );
    return existsSync(CHROMIUM);
  }
  console.error(
    'End-to-end tests need Chromium: run `sudo apt-get install chromium` (or set CHROMIUM_PATH).',
  );
  return false;
}
