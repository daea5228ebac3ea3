import type { ReactNode } from 'react';
import type { Peer } from '@/lib/presence/presence-schema';

/**
 * A coloured ring around something others have open (a workout card): one ring per person, in
 * their colour, with their names for screen readers. Children render unchanged when nobody is on it.
 */
export function PresenceRing({ peers, children }: { peers: readonly Peer[]; children: ReactNode }) {
  if (peers.length === 0) return <>{children}</>;
  const shadow = peers.map((p, i) => `0 0 0 ${2 * (i + 1)}px ${p.color}`).join(', ');
  const names = peers.map((p) => p.name || 'Someone').join(', ');
  return (
    <div className="relative rounded-lg" style={{ boxShadow: shadow }} data-testid="presence-ring">
      <span className="sr-only">Open by {names}</span>
      {children}
    </div>
  );
}
