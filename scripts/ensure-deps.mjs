// Installs npm dependencies when node_modules is missing or older than the lock file.
// `npm install` rather than `npm ci`: the registry reachable here lacks some optional platform
// packages (e.g. @next/swc-darwin-*), so they are absent from the lock file and `npm ci` refuses it;
// `npm install` honours the lock file and skips optional packages it cannot get.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export function ensureDeps() {
  const marker = 'node_modules/.package-lock.json';
  const stale =
    !existsSync(marker) ||
    (existsSync('package-lock.json') &&
      statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs);
  if (!stale) return;
  console.log('Installing npm dependencies (npm install)…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
