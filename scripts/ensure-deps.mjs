// Installs npm dependencies when node_modules is missing or older than the lock file.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export function ensureDeps() {
  const marker = 'node_modules/.package-lock.json';
  const stale =
    !existsSync(marker) ||
    (existsSync('package-lock.json') &&
      statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs);
  if (!stale) return;
  console.log('Installing npm dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
