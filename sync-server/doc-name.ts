import { z } from 'zod';

// `<athleteId>/<kind>[/<id>]`, ids are UUIDs made on the device (docs/ARCHITECTURE.md, Documents).
// Athlete ids are canonical: lower case only, so one athlete cannot have two spellings.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KIND = '[a-z][a-z0-9-]{0,31}';
const ID = '[A-Za-z0-9_-]{1,64}';

export const AthleteId = z.string().regex(new RegExp(`^${UUID}$`), 'must be a lower-case UUID');

export const DocName = z
  .string()
  .regex(new RegExp(`^${UUID}/${KIND}(/${ID})?$`), 'must look like <athleteId>/<kind>[/<id>]');

/** A share's scope: a whole athlete, a kind (`a/plan/`) or one document (`a/plan/p1`). */
export const SharePrefix = z
  .string()
  .regex(new RegExp(`^${UUID}(/(${KIND}(/(${ID})?)?)?)?$`), 'must be <athleteId>[/<kind>[/<id>]]');

export function ownerOf(docName: string): string {
  return docName.slice(0, docName.indexOf('/'));
}

/** Whether `prefix` names this document or a folder-like prefix of it (segment-aware). */
export function prefixCovers(prefix: string, docName: string): boolean {
  if (docName === prefix) return true;
  const folder = prefix.endsWith('/') ? prefix : `${prefix}/`;
  return docName.startsWith(folder);
}

/** The document name inside a `/sync/<docName>?token=…` URL, or null when it is not one. */
export function docNameFromPath(pathname: string): string | null {
  if (!pathname.startsWith('/sync/')) return null;
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice('/sync/'.length));
  } catch (error) {
    if (error instanceof URIError) return null;
    throw error;
  }
  return DocName.safeParse(name).success ? name : null;
}
