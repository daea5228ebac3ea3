// A load-generator process: opens the clients of the documents it was given, makes timed edits,
// and reports what arrived where. Every client of a document lives in this process, so an edit's
// arrival at all its peers is known here. Driven over IPC by run.ts.
import { type BenchClient, openClient } from './bench-clients.ts';
import { EditTracker } from './edit-tracker.ts';
import {
  type FromWorker,
  type ToWorker,
  ToWorkerSchema,
  epochMs,
  type RunResult,
} from './worker-protocol.ts';

type Configure = Extract<ToWorker, { type: 'configure' }>;
type Run = Extract<ToWorker, { type: 'run' }>;
type Member = { id: number; docIndex: number; indexInDoc: number; client: BenchClient | null };

const CONNECT_BATCH = 25;

let config: Configure | null = null;
const members: Member[] = [];
/** Lost connections of the current run, by close code and reason. */
let lost = new Map<string, number>();
const onLost = (why: string) => lost.set(why, (lost.get(why) ?? 0) + 1);

function send(message: FromWorker): void {
  process.send?.(message);
}

function layout(c: Configure): void {
  let id = 0;
  c.docs.forEach((doc, docIndex) => {
    for (let i = 0; i < doc.clients; i++)
      members.push({ id: id++, docIndex, indexInDoc: i, client: null });
  });
}

/** The first client of each document, or all the others. */
function group(which: 'first' | 'rest'): Member[] {
  const firsts = new Set<number>();
  return members.filter((m) => {
    const isFirst = !firsts.has(m.docIndex);
    firsts.add(m.docIndex);
    return which === 'first' ? isFirst : !isFirst;
  });
}

async function connect(c: Configure, which: 'first' | 'rest'): Promise<number> {
  const todo = group(which);
  const deadline = epochMs() + c.connectTimeoutMs;
  for (let at = 0; at < todo.length; at += CONNECT_BATCH) {
    const batch = todo.slice(at, at + CONNECT_BATCH);
    const synced = batch.map((m) => {
      const doc = c.docs[m.docIndex];
      if (!doc) throw new Error(`No document ${m.docIndex}`);
      m.client = openClient(
        {
          kind: c.kind,
          serverUrl: c.serverUrls[m.indexInDoc % c.serverUrls.length] ?? '',
          docName: doc.name,
          token: doc.token,
        },
        onLost,
      );
      return m.client.synced;
    });
    const left = deadline - epochMs();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`clients did not sync within ${c.connectTimeoutMs} ms`)),
        Math.max(0, left),
      );
    });
    try {
      await Promise.race([Promise.all(synced), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
  return todo.length;
}

function observeEdits(mapName: string, tracker: EditTracker): void {
  for (const m of members) {
    const map = m.client?.doc.getMap<[number, number]>(mapName);
    map?.observe((event, txn) => {
      if (txn.local) return;
      const now = epochMs();
      for (const key of event.keysChanged) {
        const value = map.get(key);
        if (value) tracker.received(m.id, Number(key), value[0], now);
      }
    });
  }
}

/** Returns a function that makes the next edit of client `m`, or does nothing after the window. */
function editor(m: Member, mapName: string, endMs: number, tracker: EditTracker, peers: number) {
  const map = m.client?.doc.getMap<[number, number]>(mapName);
  let seq = 0;
  return (): boolean => {
    const now = epochMs();
    if (!map || now > endMs) return false;
    seq += 1;
    tracker.sent(m.id, seq, now, peers);
    map.set(String(m.id), [seq, now]);
    return true;
  };
}

async function sleepUntil(epoch: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, epoch - epochMs())));
}

async function drain(tracker: EditTracker, deadlineMs: number): Promise<void> {
  while (tracker.undelivered > 0 && epochMs() < deadlineMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let runs = 0;

/**
 * `steady`: each client edits at the given mean rate with jittered gaps (open loop), for latency.
 * `saturate`: each client makes its next edit as soon as its previous one has reached every peer
 * (closed loop, one edit in flight per client), for the most the whole system can carry.
 */
async function runLoad(c: Configure, run: Run): Promise<RunResult> {
  const endMs = run.startAtMs + run.seconds * 1000;
  lost = new Map();
  // A fresh map per run, so one run's late arrivals cannot count in the next.
  const mapName = `edits-${runs++}`;
  const edits = new Map<number, () => boolean>();
  const tracker = new EditTracker(run.startAtMs, endMs, (sender) => {
    if (run.mode === 'saturate') setImmediate(() => edits.get(sender)?.());
  });
  observeEdits(mapName, tracker);
  const meanGapMs = 1000 / run.editsPerClientPerS;
  for (const m of members) {
    const peers = (c.docs[m.docIndex]?.clients ?? 1) - 1;
    const edit = editor(m, mapName, endMs, tracker, peers);
    edits.set(m.id, edit);
    const firstAtMs = Math.max(0, run.startAtMs - epochMs()) + Math.random() * meanGapMs;
    const tick = () => {
      if (edit() && run.mode === 'steady') setTimeout(tick, meanGapMs * (0.5 + Math.random()));
    };
    setTimeout(tick, firstAtMs);
  }
  await sleepUntil(endMs);
  await drain(tracker, endMs + run.drainTimeoutMs);
  const { deliveryMs, editMs } = tracker.latencies();
  return {
    editsSent: tracker.editsSent,
    editsCompletedInWindow: tracker.editsCompletedInWindow,
    deliveriesInWindow: tracker.deliveriesInWindow,
    editsUndelivered: tracker.undelivered,
    deliveryLatenciesMs: deliveryMs,
    editLatenciesMs: editMs,
    disconnects: Object.fromEntries(lost),
  };
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'configure') {
    config = message;
    layout(message);
    // Every y-websocket provider adds a process 'exit' listener; hundreds of them are expected.
    process.setMaxListeners(members.length + 10);
    return;
  }
  if (!config) throw new Error(`"${message.type}" arrived before "configure"`);
  if (message.type === 'connect') {
    send({
      type: 'connected',
      group: message.group,
      clients: await connect(config, message.group),
    });
  } else if (message.type === 'run') {
    send({ type: 'result', result: await runLoad(config, message) });
  } else {
    for (const m of members) m.client?.destroy();
    process.disconnect?.();
  }
}

process.on('message', (raw: unknown) => {
  const parsed = ToWorkerSchema.safeParse(raw);
  if (!parsed.success) {
    send({ type: 'error', message: `bad message from the bench: ${parsed.error.message}` });
    return;
  }
  handle(parsed.data).catch((error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
});
// A lost parent must not leave sockets open: exit with it.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
