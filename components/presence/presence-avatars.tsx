import { initials } from '@/lib/presence/presence-color';
import type { Peer } from '@/lib/presence/presence-schema';

/** Who else is in this document now: one coloured circle each, named for screen readers. */
export function PresenceAvatars({ peers, label }: { peers: readonly Peer[]; label: string }) {
  if (peers.length === 0) return null;
  return (
    <ul aria-label={label} className="flex -space-x-2" data-testid="presence-avatars">
      {peers.map((peer) => (
        <li
          key={peer.id}
          title={peer.name}
          aria-label={peer.name || 'Someone'}
          data-presence-id={peer.id}
          className="flex h-8 w-8 items-center justify-center rounded-full border-2 border-white text-xs font-semibold text-white dark:border-slate-900"
          style={{ backgroundColor: peer.color }}
        >
          <span aria-hidden="true">{initials(peer.name)}</span>
        </li>
      ))}
    </ul>
  );
}
