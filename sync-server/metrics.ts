import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A shared store and whether it answers right now (read at each scrape). */
export type StoreStatus = { store: string; reachable: boolean };

/**
 * Per-message counts, kept as plain numbers on the hot path (every delivery to every peer) and
 * handed to Prometheus at each scrape.
 */
export type Traffic = { messagesOut: number; bytesOut: number; bytesIn: number };

type Registers = Registry[];

/** The relay's Prometheus metrics, in a registry of its own (several relays may share a process). */
export function createMetrics(stores: () => StoreStatus[] = () => []) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const traffic: Traffic = { messagesOut: 0, bytesOut: 0, bytesIn: 0 };
  return {
    registry,
    traffic,
    ...trafficMetrics(registers, traffic),
    ...storageMetrics(registers, stores),
    ...guardMetrics(registers),
  };
}

/** Connections, documents in memory, and messages and bytes in each direction. */
function trafficMetrics(registers: Registers, traffic: Traffic) {
  const counted = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers,
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  return {
    connections: new Gauge({
      name: 'relay_connections',
      help: 'Open WebSocket connections',
      registers,
    }),
    documentsLoaded: new Gauge({
      name: 'relay_documents_loaded',
      help: 'Documents held in memory',
      registers,
    }),
    messagesIn: new Counter({
      name: 'relay_messages_received_total',
      help: 'WebSocket messages received (rate() gives messages per second)',
      labelNames: ['type'],
      registers,
    }),
    messagesOut: counted(
      'relay_messages_sent_total',
      'WebSocket messages sent',
      () => traffic.messagesOut,
    ),
    bytesIn: counted('relay_bytes_received_total', 'Bytes received', () => traffic.bytesIn),
    bytesOut: counted('relay_bytes_sent_total', 'Bytes sent', () => traffic.bytesOut),
  };
}

/** Writing to disk, the shared stores' health, and records set aside as bad. */
function storageMetrics(registers: Registers, stores: () => StoreStatus[]) {
  return {
    persistSeconds: new Histogram({
      name: 'relay_persist_seconds',
      help: 'Time to write one batch of updates to disk',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1],
      registers,
    }),
    storeReachable: new Gauge({
      name: 'relay_store_reachable',
      help: '1 while a shared store (redis, database) answers, 0 while it is unreachable',
      labelNames: ['store'],
      registers,
      collect() {
        for (const { store, reachable } of stores()) this.set({ store }, reachable ? 1 : 0);
      },
    }),
    quarantined: new Counter({
      name: 'relay_records_quarantined_total',
      help: 'Stored records set aside because their checksum or content was bad',
      registers,
    }),
  };
}

/** What the relay refused or dropped to protect itself and its users: limits, caps, quotas, policy. */
function guardMetrics(registers: Registers) {
  return {
    droppedWrites: new Counter({
      name: 'relay_viewer_writes_dropped_total',
      help: 'Updates from viewers that were dropped',
      registers,
    }),
    closedForLimit: new Counter({
      name: 'relay_limit_closes_total',
      help: 'Connections closed for breaking a limit',
      labelNames: ['limit'],
      registers,
    }),
    signInRefused: new Counter({
      name: 'relay_sign_in_refused_total',
      help: 'Sign-ins and sign-ups refused before hashing, by reason (attempts, queue_ip, queue_total)',
      labelNames: ['reason'],
      registers,
    }),
    signInQueue: new Gauge({
      name: 'relay_sign_in_queue',
      help: 'Sign-ins and sign-ups waiting for or running a password hash',
      registers,
    }),
    stateReplyWaits: new Counter({
      name: 'relay_state_reply_waits_total',
      help: "Full-state requests that waited for their connection's byte rate",
      registers,
    }),
    connectionsRefused: new Counter({
      name: 'relay_connections_refused_total',
      help: 'Connections refused for a cap, by cap (global, ip, account)',
      labelNames: ['limit'],
      registers,
    }),
    awarenessRefused: new Counter({
      name: 'relay_awareness_refused_total',
      help: 'Awareness (presence) updates dropped, by reason (not_yours, too_many, too_large, malformed)',
      labelNames: ['reason'],
      registers,
    }),
    quotaRefusals: new Counter({
      name: 'relay_quota_refusals_total',
      help: 'Writes and invites refused for an account quota, by quota (storage, documents, invites)',
      labelNames: ['quota'],
      registers,
    }),
    cspReports: new Counter({
      name: 'relay_csp_reports_total',
      help: 'Content-Security-Policy violation reports received from browsers',
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
