// `npm run bench:relay [-- --clients 100 --docs 10 --seconds 5]`: the same y-websocket load
// against our relay, the bare reference server and Hocuspocus in one run. All servers stay up for
// the whole run and take turns (rounds in rotating order), so background load on the shared
// machine falls on each of them alike.
import { installCleanup } from './child-processes.ts';
import { type BenchOptions, type TargetName, USAGE, parseOptions } from './options.ts';
import { runFaultScenario } from './fault-run.ts';
import {
  printFailure,
  printFault,
  printHeader,
  printLoad,
  printRatios,
  printTarget,
} from './report.ts';
import { type Mode, type TargetResult, TargetSession } from './target-session.ts';
import { TARGET_LIST } from './target-list.ts';

installCleanup();
let options: BenchOptions;
try {
  options = parseOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
printHeader(options);

const sessions = new Map<TargetName, TargetSession>();
const failures = new Map<TargetName, unknown>();

/** Progress goes to stderr, so stdout holds only the results. */
const progress = (line: string) =>
  console.error(`[bench:relay ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function drop(name: TargetName, error: unknown): Promise<void> {
  failures.set(name, error);
  const session = sessions.get(name);
  sessions.delete(name);
  await session?.close().catch((closeError: unknown) => {
    console.error(`closing ${name} after its failure also failed: ${String(closeError)}`);
  });
}

async function phase(mode: Mode, o: BenchOptions, seconds: number): Promise<void> {
  for (let r = 0; r < o.rounds; r++) {
    const names = [...sessions.keys()];
    const order = names.map((_, i) => names[(i + r) % names.length]).filter((n) => n !== undefined);
    for (const name of order) {
      const session = sessions.get(name);
      if (!session) continue;
      progress(`${mode} round ${r + 1}/${o.rounds}: ${name}`);
      await session
        .round(mode, seconds / o.rounds, o.rate)
        .catch((error: unknown) => drop(name, error));
    }
  }
}

try {
  for (const target of TARGET_LIST.filter((t) => options.targets.includes(t.name))) {
    progress(`${target.name}: starting the server and connecting ${options.clients} clients`);
    await TargetSession.open(target, options).then(
      (session) => sessions.set(target.name, session),
      (error: unknown) => failures.set(target.name, error),
    );
  }
  await phase('steady', options, options.seconds);
  for (const [name, session] of sessions) {
    await session.sampleAfterLoad().catch((error: unknown) => drop(name, error));
  }
  if (options.saturateSeconds > 0) await phase('saturate', options, options.saturateSeconds);

  const results: Partial<Record<TargetName, TargetResult>> = {};
  for (const target of TARGET_LIST) {
    const session = sessions.get(target.name);
    if (session) {
      const result = session.result();
      results[target.name] = result;
      printTarget(target.name, target.description, result);
    } else if (failures.has(target.name)) {
      printFailure(target.name, failures.get(target.name));
    }
  }
  printLoad();
  printRatios(results);
} finally {
  await Promise.all([...sessions.values()].map((s) => s.close()));
}
const faultFailed = options.faultSeconds > 0 ? !(await faultRun(options)) : false;
process.exitCode = failures.size > 0 || faultFailed ? 1 : 0;

/** The fault run, after the servers above have stopped; answers whether it lost nothing. */
async function faultRun(o: BenchOptions): Promise<boolean> {
  const size = { docs: Math.min(o.docs, 10), clientsPerDoc: 4, editsPerClientPerS: 2 * o.rate };
  progress(
    `fault run: ${size.docs} documents × ${size.clientsPerDoc} clients, ${o.faultSeconds} s`,
  );
  try {
    const result = await runFaultScenario({ ...size, seconds: o.faultSeconds, progress });
    printFault(size, o.faultSeconds, result);
    return result.acknowledgedLost === 0 && result.converged;
  } catch (error) {
    console.log(
      `\n### fault run: FAILED — ${error instanceof Error ? error.message : String(error)}`,
    );
    return false;
  }
}
