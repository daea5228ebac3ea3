import * as decoding from 'lib0/decoding';

export type AwarenessLimits = {
  /** Presence entries (awareness client ids) one connection may hold. */
  perConnection: number;
  /** Presence entries one document may hold, from all its connections. */
  perDoc: number;
  /** Longest presence state, as the JSON text the protocol carries. */
  stateBytes: number;
};

export type AwarenessVerdict =
  { ok: true } | { ok: false; reason: 'malformed' | 'too_large' | 'not_yours' | 'too_many' };

/**
 * Whether a peer's awareness update only touches its own presence entries, within the limits.
 * An entry is the peer's own when it announced it first; one that another connection (or
 * another relay) holds is not, so nobody can overwrite or remove anyone else's presence —
 * viewers included, who may show their own presence and nothing more. Only the envelope is read
 * (client id, clock, length of the state); the state itself is never interpreted here.
 */
export function judgeAwareness(
  update: Uint8Array,
  mine: ReadonlySet<number>,
  activeIds: ReadonlySet<number>,
  limits: AwarenessLimits,
): AwarenessVerdict {
  let entries: Array<{ id: number; stateLength: number }>;
  try {
    entries = readEnvelope(update);
  } catch (error) {
    if (error instanceof Error) return { ok: false, reason: 'malformed' };
    throw error;
  }
  const added = new Set<number>();
  for (const { id, stateLength } of entries) {
    if (stateLength > limits.stateBytes) return { ok: false, reason: 'too_large' };
    if (mine.has(id)) continue;
    if (activeIds.has(id)) return { ok: false, reason: 'not_yours' };
    added.add(id);
  }
  if (mine.size + added.size > limits.perConnection || activeIds.size + added.size > limits.perDoc)
    return { ok: false, reason: 'too_many' };
  return { ok: true };
}

/** The entries of a y-protocols awareness update: [clientID, clock, state as JSON text]*. */
function readEnvelope(update: Uint8Array): Array<{ id: number; stateLength: number }> {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: Array<{ id: number; stateLength: number }> = [];
  for (let i = 0; i < count; i++) {
    const id = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    entries.push({ id, stateLength: decoding.readVarUint8Array(decoder).length });
  }
  if (decoding.hasContent(decoder)) throw new Error('bytes after the last awareness entry');
  return entries;
}
