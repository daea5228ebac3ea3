import type * as Y from 'yjs';
import type { DocKind } from '../doc-names';
import { journalV1FlatFields } from './journal-v1-flat-fields';
import { journalV2EngineNames } from './journal-v2-engine-names';
import type { Migration } from './migration';
import { planV1WorkoutMaps } from './plan-v1-workout-maps';

/** Every migration, in order. A new one goes at the end with a test beside it. */
export const migrations: readonly Migration[] = [
  journalV1FlatFields,
  planV1WorkoutMaps,
  journalV2EngineNames,
];

export const MIGRATION_ORIGIN = 'splits-migration';

export function latestVersion(kind: DocKind): number {
  return migrations.filter((m) => m.kind === kind).reduce((v, m) => Math.max(v, m.toVersion), 0);
}

export function schemaVersionOf(doc: Y.Doc): number {
  const stored = doc.getMap('meta').get('schemaVersion');
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0;
}

export type MigrationResult = {
  applied: string[];
  /** The document was written by a newer build: read what we know, change nothing. */
  newerThanApp: boolean;
};

/** Brings a document up to this build's schema, once; a second run applies nothing. */
export function runMigrations(doc: Y.Doc, kind: DocKind): MigrationResult {
  // An empty document has nothing to migrate, and stamping it would be a write of this device's
  // own: a coach's fresh copy of a document they may only read would hold a change the relay
  // never takes, so it would never count as backed up (and stay held open). Migrations only
  // reshape earlier content, so a later open stamps whatever has been written by then.
  if (doc.store.clients.size === 0) return { applied: [], newerThanApp: false };
  const current = schemaVersionOf(doc);
  const latest = latestVersion(kind);
  if (current > latest) return { applied: [], newerThanApp: true };
  const pending = migrations.filter((m) => m.kind === kind && m.toVersion > current);
  if (pending.length === 0) return { applied: [], newerThanApp: false };
  doc.transact(() => {
    for (const migration of pending) migration.migrate(doc);
    doc.getMap('meta').set('schemaVersion', latest);
  }, MIGRATION_ORIGIN);
  return { applied: pending.map((m) => m.id), newerThanApp: false };
}
