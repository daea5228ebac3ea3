// Quick start, command one: install what is missing, build the app, start the relay that serves it.
import { spawn, execSync } from 'node:child_process';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
console.log('Building the app (next build)…');
execSync('npx next build', {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
execSync('node scripts/build-sw.mjs', { stdio: 'inherit' });
execSync('node scripts/precompress.mjs', { stdio: 'inherit' });
const port = process.env.PORT ?? '8787';
console.log(
  `Starting Splits on http://localhost:${port} (data in ${process.env.DATA_DIR ?? './data'})`,
);
// Spawn node directly (not through npx) so Ctrl-C and SIGTERM reach the relay and it flushes.
const relay = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => relay.kill(signal));
relay.on('exit', (code) => process.exit(code ?? 0));
