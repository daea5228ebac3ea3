import { presenceUserSchema, presenceViewingSchema, type Peer } from './presence-schema';

/**
 * The other people in a document from its awareness states: not the reader (in any of their tabs)
 * and not anyone whose state cannot be read. A person in two tabs is one peer: the tab that is editing wins, then the
 * one with a workout open, then the lowest client id, so every screen shows the same.
 */
export function readPeers(
  states: ReadonlyMap<number, Record<string, unknown>>,
  readerId: string,
): Peer[] {
  const byUser = new Map<string, { peer: Peer; clientId: number }>();
  for (const [clientId, state] of [...states.entries()].sort(([a], [b]) => a - b)) {
    const user = presenceUserSchema.safeParse(state.user);
    if (!user.success || user.data.id === readerId) continue;
    const viewing = presenceViewingSchema.safeParse(state.viewing ?? null);
    const peer: Peer = { ...user.data, viewing: viewing.success ? viewing.data : null };
    const seen = byUser.get(peer.id);
    if (!seen || rank(peer) > rank(seen.peer)) byUser.set(peer.id, { peer, clientId });
  }
  return [...byUser.values()]
    .map(({ peer }) => peer)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function rank(peer: Peer): number {
  if (!peer.viewing) return 0;
  return peer.viewing.editing ? 2 : 1;
}

/** The people who have this workout open, for the coloured ring around it. */
export function peersOnWorkout(peers: readonly Peer[], workoutId: string): Peer[] {
  return peers.filter((p) => p.viewing?.workoutId === workoutId);
}
