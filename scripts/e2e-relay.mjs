// Starts the real relay for the end-to-end tests on a port, with a throw-away data directory.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = process.argv[2] ?? '8797';
const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'splits-e2e-'));
// Spawn node directly (not through npx) so our SIGTERM reaches the relay itself.
const relay = spawn(process.execPath, ['--import', 'tsx', 'sync-server/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: port,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    APP_DIR: join(root, 'out'),
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => relay.kill(signal));
relay.on('exit', (code) => process.exit(code ?? 0));
