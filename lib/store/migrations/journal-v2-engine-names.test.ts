import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { journalV2EngineNames } from './journal-v2-engine-names';

describe('journal v2: day fields take the engine’s names', () => {
  it('renames sleep and HRV fields and leaves every other field alone', () => {
    const doc = new Y.Doc();
    const fields = doc.getMap('dayFields');
    fields.set('2026-11-20|sleepH', 7.5);
    fields.set('2026-11-20|hrvRmssdMs', 62);
    fields.set('2026-11-20|mood', 4);
    fields.set('2026-11-20|futureField', 'kept');
    journalV2EngineNames.migrate(doc);
    expect(fields.toJSON()).toEqual({
      '2026-11-20|sleepHours': 7.5,
      '2026-11-20|rmssdMs': 62,
      '2026-11-20|mood': 4,
      '2026-11-20|futureField': 'kept',
    });
  });

  it('keeps a value already under the new name', () => {
    const doc = new Y.Doc();
    doc.getMap('dayFields').set('2026-11-20|sleepHours', 8);
    doc.getMap('dayFields').set('2026-11-20|sleepH', 6);
    journalV2EngineNames.migrate(doc);
    expect(doc.getMap('dayFields').toJSON()).toEqual({ '2026-11-20|sleepHours': 8 });
  });

  it('changes nothing when run again', () => {
    const doc = new Y.Doc();
    doc.getMap('dayFields').set('2026-11-20|sleepH', 6);
    journalV2EngineNames.migrate(doc);
    const before = Y.encodeStateVector(doc);
    journalV2EngineNames.migrate(doc);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
