import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

type Group = { client: number; clock: number; structs: Uint8Array[] };

// Upper bounds of what the layout adds around the structs: a run's count, client and clock
// (three varints), and a part's run count and empty delete set.
const GROUP_HEADER_BYTES = 3 * 5;
const PART_HEADER_BYTES = 2 * 5;

/**
 * Splits one Yjs update (format v1) into updates of at most about `maxBytes` each, which applied
 * in order give the same document. Structs stay whole and in their order (Yjs' own decoder reads
 * them and Yjs' own struct writer writes them), so a single value larger than `maxBytes` travels
 * alone in an update of its own; the delete set goes last. Each part is a valid update on its
 * own: one whose structs depend on a later part waits, pending, in the receiving document.
 */
export function splitUpdate(update: Uint8Array, maxBytes: number): Uint8Array[] {
  if (update.length <= maxBytes) return [update];
  const { structs } = Y.decodeUpdate(update);
  const parts: Uint8Array[] = [];
  let pending: Group[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length > 0) parts.push(encodeGroups(pending));
    pending = [];
    pendingBytes = 0;
  };
  let group: Group | null = null;
  const room = maxBytes - PART_HEADER_BYTES;
  for (const struct of structs) {
    const bytes = encodeStruct(struct);
    const sameClient = group?.client === struct.id.client;
    const cost = bytes.length + (sameClient ? 0 : GROUP_HEADER_BYTES);
    if (pendingBytes + cost > room) flush();
    if (!sameClient || pending.length === 0) {
      group = { client: struct.id.client, clock: struct.id.clock, structs: [] };
      pending.push(group);
      pendingBytes += GROUP_HEADER_BYTES;
    }
    group?.structs.push(bytes);
    pendingBytes += bytes.length;
  }
  flush();
  // Only the delete set: what is left of the update once every struct in it is known.
  parts.push(Y.diffUpdate(update, Y.encodeStateVectorFromUpdate(update)));
  return parts;
}

function encodeStruct(struct: Y.Item | Y.GC | Y.Skip): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  struct.write(encoder, 0);
  return encoder.toUint8Array();
}

/** An update of these runs of structs and an empty delete set (the v1 layout Yjs writes). */
function encodeGroups(groups: Group[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, groups.length);
  for (const { client, clock, structs } of groups) {
    encoding.writeVarUint(encoder, structs.length);
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    for (const bytes of structs) encoding.writeUint8Array(encoder, bytes);
  }
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}
