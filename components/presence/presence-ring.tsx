import type { ReactNode } from 'react';
import type { Peer } from '@/lib/presence/presence-schema';

/**
 * A coloured ring around something others have open (a workout card): one ring per person, in
 * their colour, named for screen readers ("Open by Coach"). Children render unchanged when nobody
 * is on it. `nameOf` says who each person is to the reader.
 */
export function PresenceRing({
  peers,
  nameOf = (p) => p.name || 'Someone',
  children,
}: {
  peers: readonly Peer[];
  nameOf?: (peer: Peer) => string;
  children: ReactNode;
}) {
  if (peers.length === 0) return <>{children}</>;
  const shadow = peers.map((p, i) => `0 0 0 ${2 * (i + 1)}px ${p.color}`).join(', ');
  const names = peers.map(nameOf).join(', ');
  return (
    <div
      role="group"
      aria-label={`Open by ${names}`}
      className="relative rounded-lg"
      style={{ boxShadow: shadow }}
      data-testid="presence-ring"
      data-presence-ids={peers.map((p) => p.id).join(' ')}
    >
      {children}
    </div>
  );
}
