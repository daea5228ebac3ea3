import { z } from 'zod';

/** Documents are named `<athleteId>/<kind>[/<id>]`; ids are UUIDs made on the device. */
export type DocKind = 'profile' | 'journal' | 'activities' | 'plan' | 'activity' | 'comments';

export const uuidSchema = z.uuid();

export function profileDocName(athleteId: string): string {
  return `${athleteId}/profile`;
}

export function journalDocName(athleteId: string): string {
  return `${athleteId}/journal`;
}

export function activitiesDocName(athleteId: string): string {
  return `${athleteId}/activities`;
}

export function planDocName(athleteId: string, planId: string): string {
  return `${athleteId}/plan/${planId}`;
}

/** Comments on the athlete's workouts and activities, with each reader's read marks. */
export function commentsDocName(athleteId: string): string {
  return `${athleteId}/comments`;
}

export function activityDocName(athleteId: string, activityId: string): string {
  return `${athleteId}/activity/${activityId}`;
}

const kindByPart: Record<string, DocKind> = {
  profile: 'profile',
  journal: 'journal',
  activities: 'activities',
  plan: 'plan',
  activity: 'activity',
  comments: 'comments',
};

/** Reads a document name back into its parts; null when it is not one of ours. */
export function parseDocName(
  name: string,
): { athleteId: string; kind: DocKind; id: string | null } | null {
  const [athleteId, kindPart, id, ...rest] = name.split('/');
  if (!athleteId || !kindPart || rest.length > 0) return null;
  if (!uuidSchema.safeParse(athleteId).success) return null;
  const kind = kindByPart[kindPart];
  if (!kind) return null;
  const needsId = kind === 'plan' || kind === 'activity';
  if (needsId !== (id !== undefined)) return null;
  if (id !== undefined && !uuidSchema.safeParse(id).success) return null;
  return { athleteId, kind, id: id ?? null };
}
