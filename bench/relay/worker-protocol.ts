// Messages between the bench (parent) and its load-generator processes over the Node IPC channel
// (advanced serialization, so latency samples cross as Float64Arrays).
import { z } from 'zod';

export const ClientKindSchema = z.enum(['y-websocket', 'hocuspocus']);
export type ClientKind = z.infer<typeof ClientKindSchema>;

export const DocAssignmentSchema = z.object({
  name: z.string().min(1),
  /** Access token for our relay; null where the server has no auth. */
  token: z.string().nullable(),
  clients: z.number().int().min(2),
});
export type DocAssignment = z.infer<typeof DocAssignmentSchema>;

export const ToWorkerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('configure'),
    kind: ClientKindSchema,
    /**
     * y-websocket server URLs (the room name is appended) or Hocuspocus URLs; the clients of each
     * document take them in turn, so with several relays every document spans all of them.
     */
    serverUrls: z.array(z.string().startsWith('ws://127.0.0.1:')).min(1),
    docs: z.array(DocAssignmentSchema).min(1),
    connectTimeoutMs: z.number().int().positive(),
  }),
  /** `first` opens one client per document (loads the documents), `rest` opens the others. */
  z.object({ type: z.literal('connect'), group: z.enum(['first', 'rest']) }),
  z.object({
    type: z.literal('run'),
    mode: z.enum(['steady', 'saturate']),
    /** Epoch milliseconds (performance.timeOrigin + performance.now()) when editing begins. */
    startAtMs: z.number(),
    seconds: z.number().positive(),
    editsPerClientPerS: z.number().positive(),
    drainTimeoutMs: z.number().int().positive(),
  }),
  z.object({ type: z.literal('close') }),
]);
export type ToWorker = z.infer<typeof ToWorkerSchema>;

export const RunResultSchema = z.object({
  editsSent: z.number().int(),
  /** Edits that reached every other client of their document within the timed window. */
  editsCompletedInWindow: z.number().int(),
  deliveriesInWindow: z.number().int(),
  /** Edits that had still not reached every peer when the drain timed out. */
  editsUndelivered: z.number().int(),
  /** Per delivery: send → arrival at one other client of the same document. */
  deliveryLatenciesMs: z.instanceof(Float64Array),
  /** Per edit: send → arrival at the last of the other clients of its document. */
  editLatenciesMs: z.instanceof(Float64Array),
  /** Connections lost during this run, counted by close code and reason. */
  disconnects: z.record(z.string(), z.number().int()),
});
export type RunResult = z.infer<typeof RunResultSchema>;

export const FromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('connected'), group: z.enum(['first', 'rest']), clients: z.number() }),
  z.object({ type: z.literal('result'), result: RunResultSchema }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type FromWorker = z.infer<typeof FromWorkerSchema>;

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}
