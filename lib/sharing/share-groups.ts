import { parseDocName } from '@/lib/store/doc-names';
import type { ShareView } from './share-api';
import { areaLabels, areaOfPrefix, type ShareArea, type ShareRole } from './share-scopes';

/** Everything one person was given or invited to, as the athlete's Sharing list shows it. */
export type PersonAccess = {
  email: string;
  shareIds: string[];
  areas: { area: ShareArea; role: ShareRole }[];
  /** Nothing accepted yet: the invite can still be withdrawn. */
  pending: boolean;
  /** A pending invite past its expiry (ISO time compared with `nowMs`). */
  expired: boolean;
};

export function accessByPerson(given: readonly ShareView[], nowMs: number): PersonAccess[] {
  const byEmail = new Map<string, PersonAccess>();
  for (const share of given) {
    const person = byEmail.get(share.email) ?? {
      email: share.email,
      shareIds: [],
      areas: [],
      pending: true,
      expired: true,
    };
    person.shareIds.push(share.id);
    const area = areaOfPrefix(share.prefix)?.area;
    if (area) person.areas.push({ area, role: share.role });
    if (share.status === 'accepted') person.pending = false;
    const expiresMs = share.expiresAt ? Date.parse(share.expiresAt) : Infinity;
    if (share.status === 'accepted' || expiresMs > nowMs) person.expired = false;
    byEmail.set(share.email, person);
  }
  const order = Object.keys(areaLabels);
  for (const person of byEmail.values())
    person.areas.sort((a, b) => order.indexOf(a.area) - order.indexOf(b.area));
  return [...byEmail.values()].sort((a, b) => a.email.localeCompare(b.email));
}

/** An athlete who shared with me, and what I may do. */
export type CoachedAthlete = {
  athleteId: string;
  email: string;
  shareIds: string[];
  planRole: ShareRole | null;
  areas: ShareArea[];
};

export function coachedAthletes(received: readonly ShareView[]): CoachedAthlete[] {
  const byAthlete = new Map<string, CoachedAthlete>();
  for (const share of received) {
    if (share.status !== 'accepted') continue;
    const scope = areaOfPrefix(share.prefix);
    if (!scope) continue;
    const athlete = byAthlete.get(scope.athleteId) ?? {
      athleteId: scope.athleteId,
      email: share.ownerEmail,
      shareIds: [],
      planRole: null,
      areas: [],
    };
    athlete.shareIds.push(share.id);
    if (!athlete.areas.includes(scope.area)) athlete.areas.push(scope.area);
    if (scope.area === 'plan' && athlete.planRole !== 'editor') athlete.planRole = share.role;
    byAthlete.set(scope.athleteId, athlete);
  }
  return [...byAthlete.values()].sort((a, b) => a.email.localeCompare(b.email));
}

function covers(prefix: string, name: string): boolean {
  return name === prefix || name.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/**
 * The stored documents of athletes I coached that no current share covers: after a revoke,
 * nothing of that athlete may stay readable here. The device's own athlete is never touched.
 */
export function docsToDrop(
  storedNames: readonly string[],
  ownAthleteId: string,
  coachedIds: readonly string[],
  received: readonly ShareView[],
): string[] {
  const prefixes = received.filter((s) => s.status === 'accepted').map((s) => s.prefix);
  return storedNames.filter((name) => {
    const athleteId = parseDocName(name)?.athleteId;
    if (!athleteId || athleteId === ownAthleteId || !coachedIds.includes(athleteId)) return false;
    return !prefixes.some((prefix) => covers(prefix, name));
  });
}
