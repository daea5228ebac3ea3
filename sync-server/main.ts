import { loadConfig } from './config.ts';
import { startRelay, type RunningRelay } from './relay.ts';

// `npm run -s relay`: one process serves the built app (when there is one), the API and the
// WebSocket relay on PORT, storing into DATA_DIR.
// Everything the relay writes (database files, the token key) is for its own user alone.
process.umask(0o077);

if (process.argv[2] === 'create-owner') {
  const { runCreateOwner } = await import('./admin/create-owner-command.ts');
  process.exit(await runCreateOwner(process.argv[3] ?? ''));
}

let relay: RunningRelay;
try {
  relay = await startRelay(loadConfig());
} catch (error) {
  console.error(JSON.stringify({ level: 60, msg: 'relay could not start', error: String(error) }));
  process.exit(1);
}

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  relay.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(
        JSON.stringify({ level: 60, msg: 'shutdown failed', signal, error: String(error) }),
      );
      process.exit(1);
    },
  );
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
