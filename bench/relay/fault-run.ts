// The fault run: clients of each document spread over two relays (Redis + PostgreSQL) keep
// editing while one relay is SIGKILLed and started again, and then Redis is restarted. After the
// load, every edit any client saw arrive from another (so a relay had committed it) must be in
// PostgreSQL and on every client, and every client of a document must hold the same state.
import {
  connect,
  converged,
  destroyAll,
  register,
  synced,
  type Client,
} from '../../sync-server/test-support/relay-harness.ts';
import { startFaultCluster } from './fault-cluster.ts';

export type FaultOptions = {
  docs: number;
  clientsPerDoc: number;
  editsPerClientPerS: number;
  seconds: number;
  /** Progress lines (not results). */
  progress?: (line: string) => void;
};

export type FaultResult = {
  editsMade: number;
  /** Edits that reached another client, so a relay had stored them before sending them on. */
  editsAcknowledged: number;
  /** Acknowledged edits missing from PostgreSQL or from any client at the end: must be 0. */
  acknowledgedLost: number;
  /** Every client of every document held the same state (all edits made, not only acknowledged). */
  converged: boolean;
  convergeMs: number;
};

const EDITS = 'edits';

type Doc = { name: string; clients: Client[]; made: Set<string>; acked: Set<string> };

export async function runFaultScenario(o: FaultOptions): Promise<FaultResult> {
  const say = o.progress ?? (() => {});
  const cluster = await startFaultCluster(2);
  const docs: Doc[] = [];
  // Stopped in `finally` too: a fault step that fails must not leave the edit timers running
  // (they would keep the bench process alive after it has reported the failure).
  let stopEditing = () => {};
  try {
    for (let d = 0; d < o.docs; d++)
      docs.push(
        await openDoc(
          cluster.relays.map((r) => r.ws),
          o,
          d,
        ),
      );
    await Promise.all(docs.flatMap((doc) => doc.clients.map((c) => synced(c.provider, 30_000))));
    say(`${o.docs} documents × ${o.clientsPerDoc} clients on two relays; editing`);
    stopEditing = startEditing(docs, o.editsPerClientPerS);
    await sleep((o.seconds * 1000) / 3);
    say('SIGKILL relay 0, starting it again');
    await cluster.killAndRestart(0);
    await sleep((o.seconds * 1000) / 3);
    say('restarting Redis');
    await cluster.redis.kill();
    await cluster.redis.restart();
    await sleep((o.seconds * 1000) / 3);
    stopEditing();
    say('load stopped; waiting for every client to converge');
    const started = performance.now();
    const convergedAll = await Promise.all(
      docs.map((doc) =>
        converged(
          doc.clients.map((c) => c.doc),
          60_000,
        ).then(
          () => true,
          () => false,
        ),
      ),
    );
    const convergeMs = performance.now() - started;
    let lost = 0;
    for (const doc of docs) {
      const stored = await cluster.storedKeys(doc.name, EDITS);
      for (const key of doc.acked) {
        const everywhere = doc.clients.every((c) => c.doc.getMap(EDITS).has(key));
        if (!stored.has(key) || !everywhere) lost += 1;
      }
    }
    return {
      editsMade: docs.reduce((n, d) => n + d.made.size, 0),
      editsAcknowledged: docs.reduce((n, d) => n + d.acked.size, 0),
      acknowledgedLost: lost,
      converged: convergedAll.every(Boolean),
      convergeMs,
    };
  } finally {
    stopEditing();
    for (const doc of docs) destroyAll(doc.clients);
    await cluster.stop();
  }
}

/** One document: its owner, its clients (taking the relays in turn) and what they saw. */
async function openDoc(relayUrls: string[], o: FaultOptions, index: number): Promise<Doc> {
  const http = (relayUrls[0] ?? '').replace(/^ws/, 'http').replace(/\/sync$/, '');
  const owner = await register(http);
  const name = `${owner.athleteId}/plan/fault-${index}`;
  const clients = Array.from({ length: o.clientsPerDoc }, (_, i) =>
    connect(relayUrls[i % relayUrls.length] ?? '', name, owner.accessToken),
  );
  const doc: Doc = { name, clients, made: new Set(), acked: new Set() };
  for (const client of clients) {
    client.doc.getMap(EDITS).observe((event, txn) => {
      if (txn.local) return;
      for (const key of event.keysChanged) doc.acked.add(key);
    });
  }
  return doc;
}

/** Every client edits at the rate (a new key each time); returns a function that stops them. */
function startEditing(docs: Doc[], perClientPerS: number): () => void {
  const timers: NodeJS.Timeout[] = [];
  docs.forEach((doc, d) =>
    doc.clients.forEach((client, c) => {
      let seq = 0;
      timers.push(
        setInterval(() => {
          const key = `${d}:${c}:${seq++}`;
          doc.made.add(key);
          client.doc.getMap(EDITS).set(key, seq);
        }, 1000 / perClientPerS),
      );
    }),
  );
  return () => timers.forEach(clearInterval);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
