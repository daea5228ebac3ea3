import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocKind } from '../doc-names';
import { latestVersion, migrations, runMigrations, schemaVersionOf } from './run-migrations';

const kinds: DocKind[] = ['profile', 'journal', 'activities', 'plan', 'activity', 'comments'];

describe('running migrations', () => {
  it('runs every migration of a kind exactly once, in order (meta-test)', () => {
    const ran = new Set<string>();
    for (const kind of kinds) {
      const doc = new Y.Doc();
      doc.getMap('meta').set('createdBy', 'test');
      const first = runMigrations(doc, kind);
      const expected = migrations.filter((m) => m.kind === kind).map((m) => m.id);
      expect(first.applied).toEqual(expected);
      expect(schemaVersionOf(doc)).toBe(latestVersion(kind));
      expect(runMigrations(doc, kind).applied).toEqual([]);
      first.applied.forEach((id) => ran.add(id));
    }
    expect([...ran].sort()).toEqual(migrations.map((m) => m.id).sort());
  });

  it('has a before/after test beside every migration (meta-test)', () => {
    const files = readdirSync(new URL('.', import.meta.url));
    for (const migration of migrations) {
      expect(files).toContain(`${migration.id}.ts`);
      expect(files).toContain(`${migration.id}.test.ts`);
    }
  });

  it('writes nothing into an empty document (a read-only copy must stay as the relay has it)', () => {
    for (const kind of kinds) {
      const doc = new Y.Doc();
      expect(runMigrations(doc, kind)).toEqual({ applied: [], newerThanApp: false });
      expect(doc.store.clients.size).toBe(0);
    }
  });

  it('leaves a document from a newer build untouched', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('schemaVersion', latestVersion('plan') + 5);
    doc.getMap('workouts').set('w1', { date: '2026-12-07' });
    const before = Y.encodeStateVector(doc);
    expect(runMigrations(doc, 'plan')).toEqual({ applied: [], newerThanApp: true });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('versions increase without gaps per kind', () => {
    for (const kind of kinds) {
      const versions = migrations.filter((m) => m.kind === kind).map((m) => m.toVersion);
      expect(versions).toEqual(versions.map((_, i) => i + 1));
    }
  });
});
