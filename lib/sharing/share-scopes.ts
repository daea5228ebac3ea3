import { z } from 'zod';

export type ShareRole = 'editor' | 'viewer';

/** What an athlete chooses to share with one coach. Everything but the plan is read-only. */
export type ShareChoice = {
  plan: ShareRole | null;
  activities: boolean;
  journal: boolean;
  fitness: boolean;
};

/** One relay share: a document-name prefix and a role (sync-server/doc-name.ts, SharePrefix). */
export type ScopeGrant = { prefix: string; role: ShareRole };

/** The parts of an athlete's training a share can reach, named as the app shows them. */
export type ShareArea = 'profile' | 'plan' | 'activityList' | 'activityDetails' | 'journal';

const prefixByArea: Record<ShareArea, (athleteId: string) => string> = {
  // The profile carries units, zones and the list of plans: a coach needs it to read anything.
  profile: (a) => `${a}/profile`,
  plan: (a) => `${a}/plan/`,
  // The activity list holds each activity's summary and load: fitness is computed from it.
  activityList: (a) => `${a}/activities`,
  activityDetails: (a) => `${a}/activity/`,
  journal: (a) => `${a}/journal`,
};

/** The document-name prefix an area covers for one athlete. */
export const prefixOfArea = (athleteId: string, area: ShareArea) => prefixByArea[area](athleteId);

export const areaLabels: Record<ShareArea, string> = {
  profile: 'profile (units and zones)',
  plan: 'plan',
  activityList: 'activities and fitness',
  activityDetails: 'activity details',
  journal: 'journal',
};

/** The athlete's comments document: shared with every coach, outside the areas listed above. */
export function commentsPrefix(athleteId: string): string {
  return `${athleteId}/comments`;
}

/** The relay shares one invite makes; the profile is always shared, read-only. */
export function grantsForChoice(athleteId: string, choice: ShareChoice): ScopeGrant[] {
  const grant = (area: ShareArea, role: ShareRole = 'viewer') => ({
    prefix: prefixByArea[area](athleteId),
    role,
  });
  const grants: ScopeGrant[] = [grant('profile')];
  if (choice.plan) grants.push(grant('plan', choice.plan));
  if (choice.activities || choice.fitness) grants.push(grant('activityList'));
  if (choice.activities) grants.push(grant('activityDetails'));
  if (choice.journal) grants.push(grant('journal'));
  // Comments are a conversation: whoever is invited may answer, whatever else they may only read.
  grants.push({ prefix: commentsPrefix(athleteId), role: 'editor' });
  return grants;
}

/** The athlete and the area a share's prefix names; null for a prefix the app never makes. */
export function areaOfPrefix(prefix: string): { athleteId: string; area: ShareArea } | null {
  const slash = prefix.indexOf('/');
  if (slash < 0) return null;
  const athleteId = prefix.slice(0, slash);
  for (const [area, make] of Object.entries(prefixByArea) as [ShareArea, (a: string) => string][]) {
    if (make(athleteId) === prefix) return { athleteId, area };
  }
  return null;
}

// Invite tokens are base64url (sync-server/tokens.ts); one invite carries one token per share.
const token = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/);
const MAX_TOKENS = 8;

export function inviteLink(origin: string, tokens: readonly string[]): string {
  return `${origin}/accept/?token=${tokens.join('.')}`;
}

/** The tokens of an invite link's `token` parameter; null when it is not one. */
export function parseInviteTokens(param: string | null): string[] | null {
  if (!param) return null;
  const tokens = param.split('.');
  if (tokens.length > MAX_TOKENS) return null;
  return tokens.every((t) => token.safeParse(t).success) ? tokens : null;
}
