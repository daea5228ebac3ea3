import { z } from 'zod';

const shareSchema = z.object({
  prefix: z.string(),
  ownerEmail: z.string(),
  status: z.enum(['pending', 'accepted']),
});
const sharesSchema = z.object({ received: z.array(shareSchema) });

export type SharedAthlete = { athleteId: string; email: string };

export type SharedAthletesProblem = { type: 'Unreachable' | 'Refused'; reason: string };

/** The athletes who shared something with me, once each, from the relay's accepted shares. */
export function athletesFromShares(json: unknown): SharedAthlete[] {
  const parsed = sharesSchema.safeParse(json);
  if (!parsed.success) return [];
  const byId = new Map<string, SharedAthlete>();
  for (const share of parsed.data.received) {
    if (share.status !== 'accepted') continue;
    const athleteId = share.prefix.split('/')[0]!;
    if (!byId.has(athleteId)) byId.set(athleteId, { athleteId, email: share.ownerEmail });
  }
  return [...byId.values()].sort((a, b) => a.email.localeCompare(b.email));
}

export async function fetchSharedAthletes(accessToken: string): Promise<SharedAthlete[]> {
  const response = await fetch('/api/shares', {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  if (!response.ok) {
    const problem: SharedAthletesProblem = {
      type: 'Refused',
      reason: `The sync server answered ${response.status}.`,
    };
    throw Object.assign(new Error(problem.reason), { problem });
  }
  return athletesFromShares(await response.json());
}
