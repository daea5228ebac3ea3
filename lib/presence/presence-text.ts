import type { Peer } from './presence-schema';

/** How the reader calls a peer: "Coach" on the athlete's side, the athlete's name on the coach's. */
export function peerLabel(peer: Peer, readerId: string, ownerId: string): string {
  if (readerId === ownerId) return 'Coach';
  return peer.id === ownerId ? peer.name || 'Your athlete' : peer.name || 'Someone';
}

/**
 * One line for the other side: "Coach is editing Tuesday", "Ada is looking at Thursday",
 * "Coach is here". `dayOf` names the workout (its weekday); null when nobody else is in.
 */
export function presenceText(
  peers: readonly Peer[],
  readerId: string,
  ownerId: string,
  dayOf: (workoutId: string) => string | null,
): string | null {
  if (peers.length === 0) return null;
  const lines = peers.map((peer) => {
    const who = peerLabel(peer, readerId, ownerId);
    const day = peer.viewing ? dayOf(peer.viewing.workoutId) : null;
    if (!peer.viewing || !day) return `${who} is here`;
    return `${who} is ${peer.viewing.editing ? 'editing' : 'looking at'} ${day}`;
  });
  return lines.join('; ');
}

const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });

/** "Tuesday" for a calendar day (YYYY-MM-DD), whatever the device's zone; null for anything else. */
export function weekdayName(date: string): string | null {
  const when = new Date(`${date}T12:00:00Z`);
  return Number.isNaN(when.getTime()) ? null : weekdayFormat.format(when);
}
