import { describe, expect, it } from 'vitest';
import { importOne } from './test-support/import-one.ts';
import { syntheticActivity } from './test-support/synthetic-activity.ts';
import { writeGpx } from './test-support/write-gpx.ts';
import { writeTcx } from './test-support/write-tcx.ts';

describe("the file's own name for the activity", () => {
  const named = { ...syntheticActivity({ durationS: 300 }), name: 'Morning Hill Run' };

  it('comes from a GPX track name, else the metadata name', () => {
    expect(importOne(writeGpx(named)).name).toBe('Morning Hill Run');
    const metadataOnly = writeGpx(named)
      .replace('<trk><name>Morning Hill Run</name>', '<trk>')
      .replace('<metadata>', '<metadata><name>  Saturday\n long run </name>');
    expect(importOne(metadataOnly).name).toBe('Saturday long run');
  });

  it("comes from a TCX activity's notes", () => {
    expect(importOne(writeTcx(named)).name).toBe('Morning Hill Run');
  });

  it('is null when the file gives none', () => {
    expect(importOne(writeTcx(syntheticActivity({ durationS: 300 }))).name).toBeNull();
    const blank = writeGpx(named).replace('<name>Morning Hill Run</name>', '<name> </name>');
    expect(importOne(blank).name).toBeNull();
  });
});
