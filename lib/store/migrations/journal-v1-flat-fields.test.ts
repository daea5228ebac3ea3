import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { journalV1FlatFields } from './journal-v1-flat-fields';

describe('journal v1: day entries become flat per-field keys', () => {
  it('moves object and map days over, keeping unknown fields', () => {
    const doc = new Y.Doc();
    const nested = new Y.Map<unknown>();
    doc.getMap('days').set('2026-11-19', nested);
    nested.set('mood', 4);
    doc.getMap('days').set('2026-11-20', { sleepH: 7.5, futureField: 'kept' });
    journalV1FlatFields.migrate(doc);
    expect(doc.getMap('dayFields').toJSON()).toEqual({
      '2026-11-19|mood': 4,
      '2026-11-20|sleepH': 7.5,
      '2026-11-20|futureField': 'kept',
    });
    expect(doc.getMap('days').size).toBe(0);
  });

  it('does not overwrite a value already in the flat map', () => {
    const doc = new Y.Doc();
    doc.getMap('dayFields').set('2026-11-20|sleepH', 8);
    doc.getMap('days').set('2026-11-20', { sleepH: 6 });
    journalV1FlatFields.migrate(doc);
    expect(doc.getMap('dayFields').get('2026-11-20|sleepH')).toBe(8);
  });

  it('changes nothing when run again', () => {
    const doc = new Y.Doc();
    doc.getMap('days').set('2026-11-20', { mood: 4 });
    journalV1FlatFields.migrate(doc);
    const before = Y.encodeStateVector(doc);
    journalV1FlatFields.migrate(doc);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
